package org.hearth.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.programs.Commitment;
import org.hearth.programs.ProgramRoleId;
import org.hearth.shared.Paging;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves applications; a save from a stale version is refused, so two approvals
 * never both win.
 */
@Component
class ApplicationStore {

	private final JdbcClient jdbc;

	ApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Application> find(ApplicationId id) {
		return jdbc.sql("select * from application where id = :id")
			.param("id", id.value())
			.query(ApplicationStore::map)
			.optional();
	}

	/** The person's applications, newest first. */
	List<Application> of(PersonId person) {
		return jdbc.sql("select * from application where person_id = :person order by submitted_at desc")
			.param("person", person.value())
			.query(ApplicationStore::map)
			.list();
	}

	/**
	 * The person's applications still under way (submitted or onboarding), newest first.
	 */
	List<Application> openOf(PersonId person) {
		return jdbc.sql("""
				select * from application where person_id = :person and status in ('SUBMITTED', 'ONBOARDING')
				order by submitted_at desc""").param("person", person.value()).query(ApplicationStore::map).list();
	}

	/** Whether the person has an application to the role still under way. */
	boolean hasOpen(PersonId person, ProgramRoleId role) {
		return jdbc.sql("""
				select count(*) from application
				where person_id = :person and program_role_id = :role and status in ('SUBMITTED', 'ONBOARDING')""")
			.param("person", person.value())
			.param("role", role.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Every application under way (submitted or onboarding), newest first. */
	List<Application> allOpen() {
		return jdbc.sql("""
				select * from application where status in ('SUBMITTED', 'ONBOARDING') order by submitted_at desc""")
			.query(ApplicationStore::map)
			.list();
	}

	/** The applications in the status, newest first. */
	List<Application> inStatus(ApplicationStatus status) {
		return jdbc.sql("select * from application where status = :status order by submitted_at desc")
			.param("status", status.name())
			.query(ApplicationStore::map)
			.list();
	}

	/**
	 * A page of the staff queue, newest first: open applications when {@code status} is
	 * null, or those in one status.
	 */
	List<Application> queue(ApplicationStatus status, Paging paging) {
		String where = status == null ? "status in ('SUBMITTED', 'ONBOARDING')" : "status = :status";
		return jdbc
			.sql("select * from application where " + where
					+ " order by submitted_at desc, id limit :limit offset :offset")
			.param("status", status == null ? "" : status.name())
			.param("limit", paging.fetch())
			.param("offset", paging.offset())
			.query(ApplicationStore::map)
			.list();
	}

	/** How many applications are open. */
	long countOpen() {
		return jdbc.sql("select count(*) from application where status in ('SUBMITTED', 'ONBOARDING')")
			.query(Long.class)
			.single();
	}

	void insert(Application a) {
		jdbc.sql(
				"""
						insert into application (id, person_id, program_role_id, commitment_months, commitment_frequency,
						  commitment_amount, commitment_unit, commitment_period, availability, languages, time_zone, motivation, status, submitted_at, version)
						values (:id, :person, :role, :months, :frequency, :amount, :unit, :period, :availability, :languages, :zone, :motivation, :status, :at, 0)""")
			.param("id", a.id().value())
			.param("person", a.applicant().value())
			.param("role", a.role().value())
			.param("months", a.commitment().months())
			.param("frequency", a.commitment().frequency())
			.param("amount", a.commitment().amount())
			.param("unit", a.commitment().unit().name())
			.param("period", a.commitment().period().name())
			.param("availability", a.availability())
			.param("languages", String.join(",", a.languages()))
			.param("zone", a.timeZone())
			.param("motivation", a.motivation())
			.param("status", a.status().name())
			.param("at", Timestamp.from(a.submittedAt()))
			.update();
	}

	/** Saves the application when nobody changed it since {@code expectedVersion}. */
	void update(Application a, long expectedVersion) {
		int updated = jdbc
			.sql("""
					update application set status = :status, status_reason = :reason, age_confirmed = :age, decided_at = :decided,
					  version = version + 1
					where id = :id and version = :version""")
			.param("id", a.id().value())
			.param("status", a.status().name())
			.param("reason", a.statusReason())
			.param("age", a.ageConfirmed())
			.param("decided", a.decidedAt() == null ? null : Timestamp.from(a.decidedAt()))
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this application in the meantime. Reload to see their change, then try again.");
		}
	}

	static Application map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		String languages = rs.getString("languages");
		return new Application(new ApplicationId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)),
				new ProgramRoleId(rs.getObject("program_role_id", UUID.class)),
				Commitment.stored(rs.getInt("commitment_months"), rs.getBigDecimal("commitment_amount"),
						rs.getString("commitment_unit"), rs.getString("commitment_period")),
				rs.getString("availability"), languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")),
				rs.getString("time_zone"), rs.getString("motivation"), (Boolean) rs.getObject("age_confirmed"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				rs.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant(),
				rs.getLong("version"));
	}

}
