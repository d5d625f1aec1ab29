package org.hearth.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.care.Escalations.Step;
import org.hearth.people.PersonId;
import org.hearth.screening.Severity;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EscalationStore {

	private final JdbcClient jdbc;

	EscalationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new escalation unless one was already opened for the same trigger (a
	 * redelivered event) or one about the same member is still open (two of their
	 * messages at the same moment; the database keeps one open escalation a member);
	 * whether it was stored.
	 */
	boolean insert(Escalation e, String triggerRef) {
		return jdbc.sql("""
				insert into care_escalation (id, trigger_kind, trigger_ref, member_id, raised_by, summary, excerpt,
				    severity, status, rung, rung_since, opened_at, version)
				values (:id, :trigger, :ref, :member, :raisedBy, :summary, :excerpt, :severity, :status, :rung,
				    :rungSince, :openedAt, 0)
				on conflict do nothing""")
			.param("id", e.id().value())
			.param("trigger", e.trigger().name())
			.param("ref", triggerRef)
			.param("member", e.member().value())
			.param("raisedBy", e.raisedBy() == null ? null : e.raisedBy().value())
			.param("summary", e.summary())
			.param("excerpt", e.excerpt())
			.param("severity", e.severity().name())
			.param("status", e.status().name())
			.param("rung", e.rung().name())
			.param("rungSince", Timestamp.from(e.rungSince()))
			.param("openedAt", Timestamp.from(e.openedAt()))
			.update() == 1;
	}

	Optional<Escalation> find(EscalationId id) {
		return jdbc.sql("select * from care_escalation where id = :id")
			.param("id", id.value())
			.query(EscalationStore::map)
			.optional();
	}

	Optional<Escalation> findByTrigger(String triggerRef) {
		return jdbc.sql("select * from care_escalation where trigger_ref = :ref")
			.param("ref", triggerRef)
			.query(EscalationStore::map)
			.optional();
	}

	/**
	 * The lines of the escalations list, open ones first, then the newest, with each
	 * member's platform and handle joined in the same statement.
	 */
	List<Escalations.EscalationSummary> recentLines(int limit) {
		return jdbc
			.sql("""
					select e.id, e.reference, m.platform, m.platform_given, m.handle, e.trigger_kind, e.severity, e.status, e.rung, e.opened_at
					from care_escalation e join care_member m on m.id = e.member_id
					order by case e.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end, e.opened_at desc
					limit :limit""")
			.param("limit", limit)
			.query(EscalationStore::line)
			.list();
	}

	/**
	 * The lines of the escalations list for a facilitator or lead, in the order of
	 * {@link #recentLines}: those that alerted them, that they raised, acknowledged or
	 * closed, and, while not closed, every one when they are on duty now and those raised
	 * by the volunteers they lead.
	 */
	List<Escalations.EscalationSummary> linesSeenBy(PersonId person, boolean onDuty, List<PersonId> ledVolunteers,
			int limit) {
		String ofTheirVolunteers = ledVolunteers.isEmpty() ? "" : "or (e.status <> 'CLOSED' and e.raised_by in (:led))";
		var statement = jdbc
			.sql("""
					select e.id, e.reference, m.platform, m.platform_given, m.handle, e.trigger_kind, e.severity, e.status, e.rung, e.opened_at
					from care_escalation e join care_member m on m.id = e.member_id
					where e.raised_by = :person or e.acknowledged_by = :person or e.closed_by = :person
					   or exists (select 1 from care_escalation_alerted a where a.escalation_id = e.id and a.person_id = :person)
					   or (:onDuty and e.status <> 'CLOSED')
					   %s
					order by case e.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end, e.opened_at desc
					limit :limit"""
				.formatted(ofTheirVolunteers))
			.param("person", person.value())
			.param("onDuty", onDuty)
			.param("limit", limit);
		if (!ledVolunteers.isEmpty()) {
			statement = statement.param("led", ledVolunteers.stream().map(PersonId::value).toList());
		}
		return statement.query(EscalationStore::line).list();
	}

	/** How many escalations wait for someone, and how many for their outcome. */
	Escalations.Waiting waiting() {
		return jdbc.sql("""
				select count(*) filter (where status = 'OPEN') as unacknowledged,
				       count(*) filter (where status = 'ACKNOWLEDGED') as without_outcome
				from care_escalation where status <> 'CLOSED'""")
			.query((rs, n) -> new Escalations.Waiting(rs.getInt("unacknowledged"), rs.getInt("without_outcome")))
			.single();
	}

	/**
	 * The escalations waiting for one person, critical first and then oldest first: those
	 * not yet acknowledged that alerted them (every one, when they are on duty now), and
	 * those they acknowledged that still have no outcome; with how many wait in all,
	 * counted in the same statement.
	 */
	Escalations.WaitingForYou waitingLines(PersonId person, boolean onDuty, int limit) {
		int[] total = { 0 };
		var shown = jdbc
			.sql("""
					select e.id, e.reference, m.platform, m.platform_given, m.handle, e.trigger_kind, e.severity, e.status, e.rung, e.opened_at,
					       count(*) over () as total
					from care_escalation e join care_member m on m.id = e.member_id
					where (e.status = 'OPEN' and (:onDuty or exists (select 1 from care_escalation_alerted a
					                                                 where a.escalation_id = e.id and a.person_id = :person)))
					   or (e.status = 'ACKNOWLEDGED' and e.acknowledged_by = :person)
					order by case e.severity when 'CRITICAL' then 0 else 1 end, e.opened_at limit :limit""")
			.param("onDuty", onDuty)
			.param("person", person.value())
			.param("limit", limit)
			.query((rs, n) -> {
				total[0] = rs.getInt("total");
				return line(rs, n);
			})
			.list();
		return new Escalations.WaitingForYou(shown, total[0]);
	}

	private static Escalations.EscalationSummary line(ResultSet rs, int n) throws SQLException {
		return new Escalations.EscalationSummary(new EscalationId(rs.getObject("id", UUID.class)),
				rs.getLong("reference"),
				rs.getString("platform") + ":" + rs.getString("handle")
						+ (rs.getString("platform_given") == null ? ""
								: " (on " + rs.getString("platform_given") + ")"),
				Escalation.Trigger.valueOf(rs.getString("trigger_kind")), Severity.valueOf(rs.getString("severity")),
				Escalation.Status.valueOf(rs.getString("status")), Escalation.Rung.valueOf(rs.getString("rung")),
				rs.getTimestamp("opened_at").toInstant());
	}

	/**
	 * Locks the unacknowledged escalations whose rung started before the cutoff, skipping
	 * those another instance holds, so each climbs once however many instances run.
	 */
	List<Escalation> claimOverdue(Instant cutoff, int limit) {
		return jdbc.sql("""
				select * from care_escalation
				where status = 'OPEN' and rung <> 'ADMINS' and rung_since <= :cutoff
				order by rung_since limit :limit
				for update skip locked""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(EscalationStore::map)
			.list();
	}

	/**
	 * Locks the acknowledged escalations without an outcome whose last word (the
	 * acknowledgement, then the first reminder) came before the cutoff, skipping those
	 * another instance holds, so each reminder goes once however many instances run.
	 */
	List<Escalation> claimUnrecorded(Instant cutoff, int limit) {
		return jdbc.sql("""
				select * from care_escalation
				where status = 'ACKNOWLEDGED'
				  and ((outcome_reminders = 0 and acknowledged_at <= :cutoff)
				    or (outcome_reminders = 1 and reminded_at <= :cutoff))
				order by acknowledged_at limit :limit
				for update skip locked""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(EscalationStore::map)
			.list();
	}

	void update(Escalation e) {
		int updated = jdbc.sql("""
				update care_escalation set status = :status, rung = :rung, rung_since = :rungSince,
				    acknowledged_by = :ackBy, acknowledged_at = :ackAt, outcome = :outcome, outcome_note = :note,
				    closed_by = :closedBy, closed_at = :closedAt, outcome_reminders = :reminders,
				    reminded_at = :remindedAt, version = version + 1
				where id = :id and version = :version""")
			.param("status", e.status().name())
			.param("rung", e.rung().name())
			.param("rungSince", Timestamp.from(e.rungSince()))
			.param("ackBy", e.acknowledgedBy() == null ? null : e.acknowledgedBy().value())
			.param("ackAt", e.acknowledgedAt() == null ? null : Timestamp.from(e.acknowledgedAt()))
			.param("outcome", e.outcome() == null ? null : e.outcome().name())
			.param("note", e.outcomeNote())
			.param("closedBy", e.closedBy() == null ? null : e.closedBy().value())
			.param("closedAt", e.closedAt() == null ? null : Timestamp.from(e.closedAt()))
			.param("reminders", e.outcomeReminders())
			.param("remindedAt", e.remindedAt() == null ? null : Timestamp.from(e.remindedAt()))
			.param("id", e.id().value())
			.param("version", e.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Someone else acted on this alert meanwhile; look again.");
		}
	}

	/** Records that these people were alerted about the escalation. */
	void recordAlerted(EscalationId id, java.util.Collection<PersonId> people) {
		for (PersonId person : people) {
			jdbc.sql("""
					insert into care_escalation_alerted (escalation_id, person_id) values (:id, :person)
					on conflict do nothing""").param("id", id.value()).param("person", person.value()).update();
		}
	}

	boolean wasAlerted(EscalationId id, PersonId person) {
		return jdbc
			.sql("select count(*) from care_escalation_alerted where escalation_id = :id and person_id = :person")
			.param("id", id.value())
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

	void addStep(EscalationId id, Instant at, String kind, String detail) {
		jdbc.sql("""
				insert into care_escalation_step (escalation_id, at, kind, detail)
				values (:id, :at, :kind, :detail)""")
			.param("id", id.value())
			.param("at", Timestamp.from(at))
			.param("kind", kind)
			.param("detail", detail)
			.update();
	}

	List<Step> steps(EscalationId id) {
		return jdbc.sql("select at, kind, detail from care_escalation_step where escalation_id = :id order by id")
			.param("id", id.value())
			.query((rs, n) -> new Step(rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("detail")))
			.list();
	}

	void queueReply(EscalationId id, Member.Handle to, String text, Instant now) {
		jdbc.sql("""
				insert into care_outbox (id, escalation_id, platform, handle, text, queued_at)
				values (:id, :escalation, :platform, :handle, :text, :now)""")
			.param("id", UUID.randomUUID())
			.param("escalation", id.value())
			.param("platform", to.platform().code())
			.param("handle", to.handle())
			.param("text", text)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Rewrites the replies of an escalation that have not left yet; returns how many. */
	int rewriteWaitingReplies(EscalationId id, String text) {
		return jdbc.sql("update care_outbox set text = :text where escalation_id = :id and sent_at is null")
			.param("text", text)
			.param("id", id.value())
			.update();
	}

	/**
	 * Takes back the replies of an escalation that have not left yet; returns how many.
	 */
	int withdrawWaitingReplies(EscalationId id) {
		return jdbc.sql("delete from care_outbox where escalation_id = :id and sent_at is null")
			.param("id", id.value())
			.update();
	}

	/** The escalations still open about one member. */
	List<EscalationId> openAbout(MemberId member) {
		return jdbc.sql("select id from care_escalation where member_id = :member and status <> 'CLOSED'")
			.param("member", member.value())
			.query((rs, row) -> new EscalationId(rs.getObject("id", UUID.class)))
			.list();
	}

	List<OutboxMessage> replies(EscalationId id) {
		return jdbc.sql("select * from care_outbox where escalation_id = :id order by queued_at")
			.param("id", id.value())
			.query(EscalationStore::outbox)
			.list();
	}

	List<OutboxMessage> waiting(String platform, int limit) {
		return jdbc.sql("""
				select * from care_outbox where sent_at is null and platform = :platform
				order by queued_at limit :limit""")
			.param("platform", platform)
			.param("limit", limit)
			.query(EscalationStore::outbox)
			.list();
	}

	/** Marks the reply sent unless it was already; whether this marked it. */
	boolean markSent(UUID id, Instant now) {
		return jdbc.sql("update care_outbox set sent_at = :now where id = :id and sent_at is null")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	Optional<OutboxMessage> reply(UUID id) {
		return jdbc.sql("select * from care_outbox where id = :id")
			.param("id", id)
			.query(EscalationStore::outbox)
			.optional();
	}

	private static OutboxMessage outbox(ResultSet rs, int n) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxMessage(rs.getObject("id", UUID.class),
				new EscalationId(rs.getObject("escalation_id", UUID.class)), rs.getString("platform"),
				rs.getString("handle"), rs.getString("text"), rs.getTimestamp("queued_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}

	private static Escalation map(ResultSet rs, int n) throws SQLException {
		return new Escalation(new EscalationId(rs.getObject("id", UUID.class)), rs.getLong("reference"),
				Escalation.Trigger.valueOf(rs.getString("trigger_kind")),
				new MemberId(rs.getObject("member_id", UUID.class)), person(rs, "raised_by"), rs.getString("summary"),
				rs.getString("excerpt"), Severity.valueOf(rs.getString("severity")),
				Escalation.Status.valueOf(rs.getString("status")), Escalation.Rung.valueOf(rs.getString("rung")),
				rs.getTimestamp("rung_since").toInstant(), rs.getTimestamp("opened_at").toInstant(),
				person(rs, "acknowledged_by"), instant(rs, "acknowledged_at"),
				rs.getString("outcome") == null ? null : Escalation.Outcome.valueOf(rs.getString("outcome")),
				rs.getString("outcome_note"), person(rs, "closed_by"), instant(rs, "closed_at"),
				rs.getInt("outcome_reminders"), instant(rs, "reminded_at"), rs.getLong("version"));
	}

	private static PersonId person(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new PersonId(id);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
