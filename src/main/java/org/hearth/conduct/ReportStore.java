package org.hearth.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.people.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportStore {

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Report report) {
		jdbc.sql("""
				insert into conduct_report (id, case_id, debrief_id, source, reporter_id, reporter_role, subject_kind,
				    volunteer_id, subject_ref, category, what_happened, excerpts, links, happened_at, reporter_safe,
				    named_to_subject, screening_id, filed_at)
				values (:id, :caseId, :debriefId, :source, :reporter, :role, :kind, :volunteer, :ref, :category, :what,
				    :excerpts, :links, :happenedAt, :safe, :named, :screening, :filedAt)""")
			.param("id", report.id().value())
			.param("caseId", report.caseId() == null ? null : report.caseId().value())
			.param("debriefId", report.debriefId() == null ? null : report.debriefId().value())
			.param("source", report.source().name())
			.param("reporter", report.reporter() == null ? null : report.reporter().value())
			.param("role", report.reporterRole() == null ? null : report.reporterRole().name())
			.param("kind", report.subject().kind().name())
			.param("volunteer", report.subject().volunteer() == null ? null : report.subject().volunteer().value())
			.param("ref", report.subject().reference())
			.param("category", report.category().name())
			.param("what", report.whatHappened())
			.param("excerpts", report.excerpts())
			.param("links", report.links())
			.param("happenedAt", timestamp(report.happenedAt()))
			.param("safe", report.reporterSafe())
			.param("named", report.namedToSubject())
			.param("screening", report.screeningId())
			.param("filedAt", timestamp(report.filedAt()))
			.update();
	}

	boolean screeningFiled(UUID screeningId) {
		return jdbc.sql("select count(*) from conduct_report where screening_id = :id")
			.param("id", screeningId)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Report> find(ReportId id) {
		return jdbc.sql("select * from conduct_report where id = :id")
			.param("id", id.value())
			.query(ReportStore::map)
			.optional();
	}

	List<Report> filedBy(PersonId reporter) {
		return jdbc.sql("select * from conduct_report where reporter_id = :reporter order by filed_at desc")
			.param("reporter", reporter.value())
			.query(ReportStore::map)
			.list();
	}

	List<Report> ofCase(CaseId caseId) {
		return jdbc.sql("select * from conduct_report where case_id = :id order by filed_at")
			.param("id", caseId.value())
			.query(ReportStore::map)
			.list();
	}

	static Report map(ResultSet rs, int row) throws SQLException {
		SubjectKind kind = SubjectKind.valueOf(rs.getString("subject_kind"));
		UUID volunteer = rs.getObject("volunteer_id", UUID.class);
		Subject subject = new Subject(kind, volunteer == null ? null : new PersonId(volunteer),
				rs.getString("subject_ref"));
		UUID caseId = rs.getObject("case_id", UUID.class);
		UUID debriefId = rs.getObject("debrief_id", UUID.class);
		UUID reporter = rs.getObject("reporter_id", UUID.class);
		String role = rs.getString("reporter_role");
		return new Report(new ReportId(rs.getObject("id", UUID.class)), caseId == null ? null : new CaseId(caseId),
				debriefId == null ? null : new DebriefId(debriefId), Report.Source.valueOf(rs.getString("source")),
				reporter == null ? null : new PersonId(reporter), role == null ? null : Role.valueOf(role), subject,
				ReportCategory.valueOf(rs.getString("category")), rs.getString("what_happened"),
				rs.getString("excerpts"), rs.getString("links"), instant(rs.getTimestamp("happened_at")),
				rs.getBoolean("reporter_safe"), rs.getBoolean("named_to_subject"),
				rs.getObject("screening_id", UUID.class), instant(rs.getTimestamp("filed_at")));
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
