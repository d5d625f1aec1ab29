package org.hearth.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Records changes in the same transaction as the change itself, so a change and its audit
 * entry stand or fall together. The actor is whoever is signed in, or {@code system}.
 * Nothing here updates or deletes an entry, and the database refuses it too.
 */
@Service
public class AuditLog {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subjectType, Object subjectId, String details) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, details)
				values (:at, :actor, :action, :type, :id, :details)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", currentActor())
			.param("action", action)
			.param("type", subjectType)
			.param("id", String.valueOf(subjectId))
			.param("details", details == null ? "" : details)
			.update();
	}

	/** A page of the entries the query matches, newest first. */
	@Transactional(readOnly = true)
	public ResultPage<AuditEntry> find(AuditQuery query, Paging paging) {
		return paging.pageOf(find(query, paging.fetch(), paging.offset()));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query, int limit) {
		return find(query, limit, 0);
	}

	private List<AuditEntry> find(AuditQuery query, int limit, int offset) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		when(query.actor() == null ? null : literally(query.actor()), "actor ilike '%' || :actor || '%' escape '\\'",
				"actor", conditions, params);
		when(query.action(), "action = :action", "action", conditions, params);
		when(query.subjectType(), "subject_type = :subjectType", "subjectType", conditions, params);
		when(query.subjectId(), "subject_id = :subjectId", "subjectId", conditions, params);
		when(query.from(), "occurred_at >= :from", "from", conditions, params);
		when(query.to(), "occurred_at < :to", "to", conditions, params);
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		params.put("limit", Math.max(1, Math.min(limit, 1000)));
		params.put("offset", Math.max(0, offset));
		return jdbc.sql("select * from audit_entry" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
					rs.getString("subject_id"), rs.getString("details")))
			.list();
	}

	/** The search as plain text: a % or _ in it is looked for, not a wildcard. */
	private static String literally(String search) {
		return search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static void when(Object value, String condition, String name, List<String> conditions,
			Map<String, Object> params) {
		if (value == null || (value instanceof String text && !StringUtils.hasText(text))) {
			return;
		}
		conditions.add(condition);
		params.put(name, value instanceof Instant instant ? Timestamp.from(instant) : value);
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		// Skips from one action to the next along the index, instead of reading every
		// entry.
		return jdbc.sql("""
				with recursive next_action (action) as (
				    (select action from audit_entry order by action limit 1)
				    union all
				    select (select e.action from audit_entry e where e.action > n.action order by e.action limit 1)
				    from next_action n where n.action is not null)
				select action from next_action where action is not null""").query(String.class).list();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
