package org.hearth.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.Paging;
import org.hearth.screening.Severity;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.hearth.conduct.ReportStore.instant;
import static org.hearth.conduct.ReportStore.timestamp;

/**
 * Cases with their decisions and replies; decisions, replies, entries and warnings are
 * only ever added.
 */
@Repository
class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a newly opened case and returns it as stored, with its reference number;
	 * empty when a case opened this way about the same subject is still open (then
	 * nothing is stored). When another transaction is opening such a case at the same
	 * moment, this waits for it to end, so that only one of them opens a case.
	 */
	Optional<ConductCase> insert(ConductCase c) {
		int inserted = jdbc.sql("""
				insert into conduct_case (id, subject_kind, volunteer_id, subject_ref, title, severity, status,
				    assignee_id, opened_at, updated_at, version, intake_key)
				values (:id, :kind, :volunteer, :ref, :title, :severity, :status, :assignee, :openedAt, :updatedAt, 0,
				    :intakeKey)
				on conflict (intake_key) do nothing""")
			.param("id", c.id().value())
			.param("kind", c.subject().kind().name())
			.param("volunteer", c.subject().volunteer() == null ? null : c.subject().volunteer().value())
			.param("ref", c.subject().reference())
			.param("title", c.title())
			.param("severity", c.severity().name())
			.param("status", c.status().name())
			.param("assignee", c.assignee() == null ? null : c.assignee().value())
			.param("openedAt", timestamp(c.openedAt()))
			.param("updatedAt", timestamp(c.updatedAt()))
			.param("intakeKey", intakeKey(c.subject()))
			.update();
		return inserted == 0 ? Optional.empty() : find(c.id());
	}

	/**
	 * What makes two cases about the same subject: the volunteer's id, or the member's
	 * handle or the conversation's reference in any case of letters.
	 */
	static String intakeKey(Subject subject) {
		return subject.isVolunteer() ? "volunteer:" + subject.volunteer().value()
				: subject.kind().name().toLowerCase(Locale.ROOT) + ":" + subject.reference().toLowerCase(Locale.ROOT);
	}

	/**
	 * Saves a change to the case made from the version it was read at. When someone else
	 * saved the case meanwhile, nothing is written and the change is refused.
	 */
	void update(ConductCase c) {
		if (!tryUpdate(c)) {
			throw new OptimisticLockingFailureException("Someone else changed case #" + c.reference()
					+ " in the meantime. Look at it again before you decide; nothing you sent was saved.");
		}
	}

	/**
	 * As {@link #update}, returning whether the case was saved. A case that is no longer
	 * open stops taking new reports, which then open a case of their own.
	 */
	private boolean tryUpdate(ConductCase c) {
		return jdbc.sql("""
				update conduct_case set title = :title, severity = :severity, status = :status, assignee_id = :assignee,
				    updated_at = :updatedAt, version = version + 1,
				    intake_key = case when :open then intake_key end
				where id = :id and version = :version""")
			.param("title", c.title())
			.param("severity", c.severity().name())
			.param("status", c.status().name())
			.param("assignee", c.assignee() == null ? null : c.assignee().value())
			.param("updatedAt", timestamp(c.updatedAt()))
			.param("open", c.status().isOpen())
			.param("id", c.id().value())
			.param("version", c.version())
			.update() == 1;
	}

	void insertDecision(Decision d) {
		jdbc.sql(
				"""
						insert into conduct_decision (id, case_id, outcome, rationale, decided_by, decided_by_name, decided_at, on_appeal_of)
						values (:id, :caseId, :outcome, :rationale, :by, :byName, :at, :onAppealOf)""")
			.param("id", d.id().value())
			.param("caseId", d.caseId().value())
			.param("outcome", d.outcome().name())
			.param("rationale", d.rationale())
			.param("by", d.decidedBy().value())
			.param("byName", d.decidedByName())
			.param("at", timestamp(d.decidedAt()))
			.param("onAppealOf", d.onAppealOf() == null ? null : d.onAppealOf().value())
			.update();
	}

	void insertReply(Reply r) {
		jdbc.sql(
				"insert into conduct_reply (id, decision_id, kind, text, by_id, at) values (:id, :decision, :kind, :text, :by, :at)")
			.param("id", r.id())
			.param("decision", r.decision().value())
			.param("kind", r.kind().name())
			.param("text", r.text())
			.param("by", r.by().value())
			.param("at", timestamp(r.at()))
			.update();
	}

	void addEntry(CaseId caseId, CaseEntry.Kind kind, String text, PersonId by, String byName, Instant at) {
		jdbc.sql("""
				insert into conduct_case_entry (case_id, kind, text, by_id, by_name, at)
				values (:caseId, :kind, :text, :by, :byName, :at)""")
			.param("caseId", caseId.value())
			.param("kind", kind.name())
			.param("text", text)
			.param("by", by == null ? null : by.value())
			.param("byName", byName)
			.param("at", timestamp(at))
			.update();
	}

	List<CaseEntry> entries(CaseId caseId) {
		return jdbc.sql("select * from conduct_case_entry where case_id = :id order by id")
			.param("id", caseId.value())
			.query((rs, n) -> new CaseEntry(rs.getLong("id"), caseId, CaseEntry.Kind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getString("by_name"), instant(rs.getTimestamp("at"))))
			.list();
	}

	Optional<ConductCase> find(CaseId id) {
		return jdbc.sql("select * from conduct_case where id = :id")
			.param("id", id.value())
			.query(this::map)
			.optional();
	}

	Optional<ConductCase> findByDecision(DecisionId decision) {
		return jdbc.sql("select c.* from conduct_case c join conduct_decision d on d.case_id = c.id where d.id = :id")
			.param("id", decision.value())
			.query(this::map)
			.optional();
	}

	/** The open case about this subject, which a new report joins. */
	Optional<ConductCase> findOpen(Subject subject) {
		return findOpen(subject, "");
	}

	/**
	 * As {@link #findOpen(Subject)}, locking the case until the transaction ends, so that
	 * reports filed at the same moment join it one after the other instead of refusing
	 * each other's change.
	 */
	Optional<ConductCase> findOpenForReport(Subject subject) {
		return findOpen(subject, " for update");
	}

	private Optional<ConductCase> findOpen(Subject subject, String lock) {
		String open = "status in ('UNREVIEWED', 'IN_REVIEW', 'ESCALATED', 'APPEALED')";
		if (subject.isVolunteer()) {
			return jdbc
				.sql("select * from conduct_case where volunteer_id = :v and " + open + " order by opened_at limit 1"
						+ lock)
				.param("v", subject.volunteer().value())
				.query(this::map)
				.optional();
		}
		return jdbc
			.sql("select * from conduct_case where subject_kind = :kind and lower(subject_ref) = lower(:ref) and "
					+ open + " order by opened_at limit 1" + lock)
			.param("kind", subject.kind().name())
			.param("ref", subject.reference())
			.query(this::map)
			.optional();
	}

	List<ConductCase> aboutVolunteer(PersonId volunteer) {
		return jdbc.sql("select * from conduct_case where volunteer_id = :v order by opened_at desc")
			.param("v", volunteer.value())
			.query(this::map)
			.list();
	}

	/**
	 * The order of the queue: most severe first, then oldest first. The same expression
	 * is indexed ({@code conduct_case_queue_order}), so a page is read in order, not
	 * sorted.
	 */
	static final String QUEUE_ORDER = "(case c.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end), c.opened_at, c.reference";

	/** The queue's order from the end: the same index, read backward. */
	private static final String QUEUE_ORDER_BACKWARD = "(case c.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end) desc, c.opened_at desc, c.reference desc";

	/**
	 * A page of the queue as view rows, in one statement: each case's report count and
	 * latest outcome come from indexed subqueries, not from loading every case whole.
	 * Without paging, the whole queue. A page read by number skips the lines before it;
	 * one read from a key ({@code from}) starts right after that line, or, going
	 * {@code backward}, ends right before it (the lines then come nearest first), so a
	 * deep page walks no lines it does not show.
	 */
	List<QueueRow> queue(Collection<CaseStatus> statuses, Severity atLeast, boolean mineOnly, PersonId me,
			Paging paging, QueueKey from, boolean backward) {
		String seek = from == null ? ""
				: " and (%s) %s (:rank, :openedAt, :reference)".formatted(QUEUE_ORDER, backward ? "<" : ">");
		String order = backward ? QUEUE_ORDER_BACKWARD : QUEUE_ORDER;
		var statement = jdbc.sql(LINE + """
				where c.status in (:statuses) and c.severity in (:severities)
				  and (:mineOnly = false or c.assignee_id = :me)%s
				order by %s
				limit :limit offset :offset""".formatted(seek, order))
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("severities", severities(atLeast))
			.param("mineOnly", mineOnly)
			.param("me", me == null ? UUID.randomUUID() : me.value())
			.param("limit", paging == null ? Integer.MAX_VALUE : paging.fetch())
			.param("offset", paging == null || from != null ? 0 : paging.offset());
		if (from != null) {
			statement = statement.param("rank", from.rank())
				.param("openedAt", timestamp(from.openedAt()))
				.param("reference", from.reference());
		}
		return statement.query(CaseStore::line).list();
	}

	/** Every case about a volunteer as lines, newest first, in one statement. */
	List<QueueRow> linesAboutVolunteer(PersonId volunteer) {
		return jdbc.sql(LINE + " where c.volunteer_id = :v order by c.opened_at desc")
			.param("v", volunteer.value())
			.query(CaseStore::line)
			.list();
	}

	private static final String LINE = """
			select c.id, c.reference, c.title, c.subject_kind, c.volunteer_id, c.subject_ref, c.severity, c.status,
			       c.assignee_id, c.opened_at, c.version,
			       (select count(*) from conduct_report r where r.case_id = c.id) as reports,
			       (select d.outcome from conduct_decision d where d.case_id = c.id order by d.seq desc limit 1) as last_outcome
			from conduct_case c
			""";

	private static QueueRow line(ResultSet rs, int row) throws SQLException {
		UUID volunteer = rs.getObject("volunteer_id", UUID.class);
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		String outcome = rs.getString("last_outcome");
		return new QueueRow(new CaseId(rs.getObject("id", UUID.class)), rs.getLong("reference"), rs.getString("title"),
				new Subject(SubjectKind.valueOf(rs.getString("subject_kind")),
						volunteer == null ? null : new PersonId(volunteer), rs.getString("subject_ref")),
				Severity.valueOf(rs.getString("severity")), CaseStatus.valueOf(rs.getString("status")),
				assignee == null ? null : new PersonId(assignee), instant(rs.getTimestamp("opened_at")),
				rs.getInt("reports"), outcome == null ? null : Outcome.valueOf(outcome), rs.getLong("version"));
	}

	private static List<String> severities(Severity atLeast) {
		var severities = new ArrayList<String>();
		for (Severity severity : Severity.values()) {
			if (severity.compareTo(atLeast) >= 0) {
				severities.add(severity.name());
			}
		}
		return severities;
	}

	/** A line of the queue as read for a page. */
	record QueueRow(CaseId id, long reference, String title, Subject subject, Severity severity, CaseStatus status,
			PersonId assignee, Instant openedAt, int reports, Outcome lastOutcome, long version) {
	}

	/**
	 * How many cases are open, and how many of them critical, counted without reading
	 * them.
	 */
	OpenCount openCount(Collection<CaseStatus> open) {
		return jdbc.sql("""
				select count(*) as open, count(*) filter (where severity = 'CRITICAL') as critical
				from conduct_case where status in (:statuses)""")
			.param("statuses", open.stream().map(Enum::name).toList())
			.query((rs, n) -> new OpenCount(rs.getLong("open"), rs.getLong("critical")))
			.single();
	}

	record OpenCount(long open, long critical) {
	}

	void insertWarning(PersonId volunteer, CaseId caseId, DecisionId decision, String kind, Instant at) {
		jdbc.sql("""
				insert into conduct_warning (id, volunteer_id, case_id, decision_id, kind, at)
				values (:id, :volunteer, :caseId, :decision, :kind, :at)""")
			.param("id", UUID.randomUUID())
			.param("volunteer", volunteer.value())
			.param("caseId", caseId.value())
			.param("decision", decision.value())
			.param("kind", kind)
			.param("at", timestamp(at))
			.update();
	}

	/**
	 * Marks the warnings a decision gave as overturned by an appeal decision, so they no
	 * longer count.
	 */
	void overturnWarnings(DecisionId appealed, DecisionId by, Instant at) {
		jdbc.sql("""
				insert into conduct_warning_overturned (warning_id, decision_id, at)
				select w.id, :by, :at from conduct_warning w where w.decision_id = :appealed
				on conflict (warning_id) do nothing""")
			.param("appealed", appealed.value())
			.param("by", by.value())
			.param("at", timestamp(at))
			.update();
	}

	/** The volunteer's warnings, newest first, overturned ones included and marked. */
	List<Warning> warnings(PersonId volunteer) {
		return jdbc.sql("""
				select w.*, c.reference, o.at as overturned_at
				from conduct_warning w join conduct_case c on c.id = w.case_id
				left join conduct_warning_overturned o on o.warning_id = w.id
				where w.volunteer_id = :v order by w.at desc""")
			.param("v", volunteer.value())
			.query((rs, n) -> new Warning(rs.getString("kind"), new CaseId(rs.getObject("case_id", UUID.class)),
					rs.getLong("reference"), instant(rs.getTimestamp("at")),
					rs.getTimestamp("overturned_at") == null ? null : instant(rs.getTimestamp("overturned_at"))))
			.list();
	}

	/**
	 * A warning or platform-terms violation on a volunteer's record; one overturned on
	 * appeal says when, and counts no more.
	 */
	public record Warning(String kind, CaseId caseId, long caseReference, Instant at, Instant overturnedAt) {

		public boolean counts() {
			return overturnedAt == null;
		}

	}

	private ConductCase map(ResultSet rs, int row) throws SQLException {
		CaseId id = new CaseId(rs.getObject("id", UUID.class));
		UUID volunteer = rs.getObject("volunteer_id", UUID.class);
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		Subject subject = new Subject(SubjectKind.valueOf(rs.getString("subject_kind")),
				volunteer == null ? null : new PersonId(volunteer), rs.getString("subject_ref"));
		return new ConductCase(id, rs.getLong("reference"), subject, rs.getString("title"),
				Severity.valueOf(rs.getString("severity")), CaseStatus.valueOf(rs.getString("status")),
				assignee == null ? null : new PersonId(assignee), instant(rs.getTimestamp("opened_at")),
				instant(rs.getTimestamp("updated_at")), rs.getLong("version"), decisions(id), replies(id));
	}

	private List<Decision> decisions(CaseId id) {
		return jdbc.sql("select * from conduct_decision where case_id = :id order by seq")
			.param("id", id.value())
			.query((rs, n) -> {
				UUID onAppealOf = rs.getObject("on_appeal_of", UUID.class);
				return new Decision(new DecisionId(rs.getObject("id", UUID.class)), id,
						Outcome.valueOf(rs.getString("outcome")), rs.getString("rationale"),
						new PersonId(rs.getObject("decided_by", UUID.class)), rs.getString("decided_by_name"),
						instant(rs.getTimestamp("decided_at")), onAppealOf == null ? null : new DecisionId(onAppealOf));
			})
			.list();
	}

	private List<Reply> replies(CaseId id) {
		return jdbc.sql("""
				select r.* from conduct_reply r join conduct_decision d on d.id = r.decision_id
				where d.case_id = :id order by r.at, r.kind""")
			.param("id", id.value())
			.query((rs, n) -> new Reply(rs.getObject("id", UUID.class),
					new DecisionId(rs.getObject("decision_id", UUID.class)), Reply.Kind.valueOf(rs.getString("kind")),
					rs.getString("text"), new PersonId(rs.getObject("by_id", UUID.class)),
					instant(rs.getTimestamp("at"))))
			.list();
	}

}
