package org.hearth.volunteering;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.Paging;
import org.hearth.programs.Commitment;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRoleId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads and saves enrolments; a save from a stale version is refused. */
@Component
class EnrolmentStore {

	private final JdbcClient jdbc;

	EnrolmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Enrolment> find(EnrolmentId id) {
		return jdbc.sql("select * from enrolment where id = :id")
			.param("id", id.value())
			.query(EnrolmentStore::map)
			.optional();
	}

	/** Loads an enrolment and locks its row until the transaction ends. */
	Optional<Enrolment> lock(EnrolmentId id) {
		return jdbc.sql("select * from enrolment where id = :id for update")
			.param("id", id.value())
			.query(EnrolmentStore::map)
			.optional();
	}

	List<Enrolment> ofVolunteer(PersonId person) {
		return jdbc.sql("select * from enrolment where person_id = :person order by started_on desc, id")
			.param("person", person.value())
			.query(EnrolmentStore::map)
			.list();
	}

	List<Enrolment> inServiceWithLead(PersonId lead) {
		return jdbc
			.sql("select * from enrolment where lead_id = :lead and state in ('ACTIVE', 'PAUSED') order by started_on")
			.param("lead", lead.value())
			.query(EnrolmentStore::map)
			.list();
	}

	Set<ProgramId> programsServedOrLedBy(PersonId person) {
		return Set.copyOf(jdbc.sql("""
				select distinct program_id from enrolment
				where state in ('ACTIVE', 'PAUSED') and (person_id = :person or lead_id = :person)""")
			.param("person", person.value())
			.query((rs, row) -> new ProgramId(rs.getObject("program_id", UUID.class)))
			.list());
	}

	List<PersonId> servingOrLeadingIn(ProgramId program) {
		return jdbc.sql("""
				select person_id as id from enrolment where program_id = :program and state in ('ACTIVE', 'PAUSED')
				union
				select lead_id from enrolment
				where program_id = :program and state in ('ACTIVE', 'PAUSED') and lead_id is not null""")
			.param("program", program.value())
			.query((rs, row) -> new PersonId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * The enrolments in service a lead covers for on a day: those of away leads who named
	 * them as cover, in the programs the cover still leads (a cover who stepped down from
	 * a program covers nobody there).
	 */
	List<Enrolment> coveredBy(PersonId cover, LocalDate day) {
		return jdbc.sql("""
				select e.* from enrolment e
				join lead_profile away on away.lead_id = e.lead_id and away.program_id = e.program_id
				join lead_profile mine on mine.lead_id = :cover and mine.program_id = e.program_id
				where e.state in ('ACTIVE', 'PAUSED') and away.cover_lead_id = :cover and away.away_until >= :day
				  and mine.stepped_down_at is null
				order by e.started_on""")
			.param("cover", cover.value())
			.param("day", Date.valueOf(day))
			.query(EnrolmentStore::map)
			.list();
	}

	List<Enrolment> inServiceAmong(java.util.Collection<UUID> ids) {
		return jdbc.sql("select * from enrolment where id in (:ids) and state in ('ACTIVE', 'PAUSED') order by id")
			.param("ids", List.copyOf(ids))
			.query(EnrolmentStore::map)
			.list();
	}

	/** The volunteer of each of these enrolments that exists, in one query. */
	java.util.Map<EnrolmentId, PersonId> volunteersOf(java.util.Collection<EnrolmentId> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<EnrolmentId, PersonId> volunteers = new java.util.HashMap<>();
		jdbc.sql("select id, person_id from enrolment where id in (:ids)")
			.param("ids", ids.stream().map(EnrolmentId::value).distinct().toList())
			.query((rs, n) -> volunteers.put(new EnrolmentId(rs.getObject("id", UUID.class)),
					new PersonId(rs.getObject("person_id", UUID.class))))
			.list();
		return volunteers;
	}

	/** The enrolments in service (active or paused), newest first. */
	List<Enrolment> allInService() {
		return jdbc.sql("select * from enrolment where state in ('ACTIVE', 'PAUSED') order by started_on desc, id")
			.query(EnrolmentStore::map)
			.list();
	}

	/** The enrolments in the state, newest first. */
	List<Enrolment> inState(EnrolmentState state) {
		return jdbc.sql("select * from enrolment where state = :state order by started_on desc, id")
			.param("state", state.name())
			.query(EnrolmentStore::map)
			.list();
	}

	/**
	 * The paused enrolments whose pause ended by the day and whose volunteer was not yet
	 * reminded.
	 */
	List<Enrolment> pausesEndedUnreminded(LocalDate day) {
		return jdbc.sql("""
				select * from enrolment where state = 'PAUSED' and paused_until <= :day and pause_reminded_on is null
				order by started_on desc, id""").param("day", Date.valueOf(day)).query(EnrolmentStore::map).list();
	}

	/**
	 * The enrolments in service whose commitment ends by the day and whose volunteer was
	 * not yet asked about it.
	 */
	List<Enrolment> commitmentsEndingUnprompted(LocalDate by) {
		return jdbc.sql("""
				select * from enrolment
				where state in ('ACTIVE', 'PAUSED') and commitment_ends_on <= :limit and commitment_prompted_on is null
				order by started_on desc, id""").param("limit", Date.valueOf(by)).query(EnrolmentStore::map).list();
	}

	void markPauseReminded(EnrolmentId id, LocalDate day) {
		jdbc.sql("update enrolment set pause_reminded_on = :day where id = :id")
			.param("day", Date.valueOf(day))
			.param("id", id.value())
			.update();
	}

	void markCommitmentPrompted(EnrolmentId id, LocalDate day) {
		jdbc.sql("update enrolment set commitment_prompted_on = :day where id = :id")
			.param("day", Date.valueOf(day))
			.param("id", id.value())
			.update();
	}

	/**
	 * Forgets that the volunteer was asked about their commitment's end, as it was
	 * renewed.
	 */
	void clearCommitmentPrompt(EnrolmentId id) {
		jdbc.sql("update enrolment set commitment_prompted_on = null where id = :id").param("id", id.value()).update();
	}

	// Who leads the enrolment's volunteer, over time

	/** Connects the enrolment to a lead from the moment on. */
	void openAssignment(EnrolmentId id, PersonId lead, Instant at, String reason) {
		jdbc.sql("""
				insert into lead_assignment (id, enrolment_id, lead_id, from_at, reason)
				values (:id, :enrolment, :lead, :at, :reason)""")
			.param("id", UUID.randomUUID())
			.param("enrolment", id.value())
			.param("lead", lead.value())
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.update();
	}

	/** Ends the enrolment's current connection to a lead, if any, at the moment. */
	void closeAssignment(EnrolmentId id, Instant at) {
		jdbc.sql("update lead_assignment set to_at = :at where enrolment_id = :id and to_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id.value())
			.update();
	}

	/** Who led the enrolment's volunteer, and when, newest first. */
	List<Enrolments.LeadPeriod> leadHistory(EnrolmentId id) {
		return jdbc.sql("""
				select a.lead_id, p.display_name, a.from_at, a.to_at, a.reason from lead_assignment a
				join person p on p.id = a.lead_id where a.enrolment_id = :id order by a.from_at desc""")
			.param("id", id.value())
			.query((rs, n) -> new Enrolments.LeadPeriod(new PersonId(rs.getObject("lead_id", UUID.class)),
					rs.getString("display_name"), rs.getTimestamp("from_at").toInstant(),
					rs.getTimestamp("to_at") == null ? null : rs.getTimestamp("to_at").toInstant(),
					rs.getString("reason")))
			.list();
	}

	List<ServingRoles.RoleServed> inService() {
		return jdbc.sql("""
				select program_role_id, person_id from enrolment where state in ('ACTIVE', 'PAUSED')
				order by started_on desc, id""")
			.query((rs, n) -> new ServingRoles.RoleServed(new PersonId(rs.getObject("person_id", UUID.class)),
					new ProgramRoleId(rs.getObject("program_role_id", UUID.class))))
			.list();
	}

	/**
	 * A page of enrolments, newest first: those in service when {@code state} is null.
	 */
	List<Enrolment> page(EnrolmentState state, Paging paging) {
		String where = state == null ? "state in ('ACTIVE', 'PAUSED')" : "state = :state";
		return jdbc
			.sql("select * from enrolment where " + where + " order by started_on desc, id limit :limit offset :offset")
			.param("state", state == null ? "" : state.name())
			.param("limit", paging.fetch())
			.param("offset", paging.offset())
			.query(EnrolmentStore::map)
			.list();
	}

	/** How many enrolments are in service. */
	long countInService() {
		return jdbc.sql("select count(*) from enrolment where state in ('ACTIVE', 'PAUSED')")
			.query(Long.class)
			.single();
	}

	void insert(Enrolment e) {
		jdbc.sql(
				"""
						insert into enrolment (id, person_id, application_id, program_id, program_role_id, commitment_months,
						  commitment_frequency, commitment_amount, commitment_unit, commitment_period, languages, time_zone, state,
						  lead_id, started_on, commitment_ends_on, version)
						values (:id, :person, :application, :program, :role, :months, :frequency, :amount, :unit, :period,
						  :languages, :zone, :state,
						  :lead, :started, :ends, 0)""")
			.param("id", e.id().value())
			.param("person", e.volunteer().value())
			.param("application", e.applicationId())
			.param("program", e.program().value())
			.param("role", e.role().value())
			.param("months", e.commitment().months())
			.param("frequency", e.commitment().frequency())
			.param("amount", e.commitment().amount())
			.param("unit", e.commitment().unit().name())
			.param("period", e.commitment().period().name())
			.param("languages", String.join(",", e.languages()))
			.param("zone", e.timeZone())
			.param("state", e.state().name())
			.param("lead", e.lead().value())
			.param("started", Date.valueOf(e.startedOn()))
			.param("ends", Date.valueOf(e.commitmentEndsOn()))
			.update();
	}

	void update(Enrolment e) {
		int updated = jdbc
			.sql("""
					update enrolment set state = :state, lead_id = :lead, commitment_ends_on = :ends, paused_until = :paused,
					  pause_reminded_on = case when cast(:paused as date) is null then null else pause_reminded_on end,
					  end_reason = :reason, ended_at = :ended, version = version + 1
					where id = :id and version = :version""")
			.param("id", e.id().value())
			.param("state", e.state().name())
			.param("lead", e.lead() == null ? null : e.lead().value())
			.param("ends", Date.valueOf(e.commitmentEndsOn()))
			.param("paused", e.pausedUntil() == null ? null : Date.valueOf(e.pausedUntil()))
			.param("reason", e.endReason())
			.param("ended", e.endedAt() == null ? null : Timestamp.from(e.endedAt()))
			.param("version", e.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this enrolment in the meantime. Reload to see their change, then try again.");
		}
	}

	static Enrolment map(ResultSet rs, int row) throws SQLException {
		UUID lead = rs.getObject("lead_id", UUID.class);
		Date paused = rs.getDate("paused_until");
		Timestamp ended = rs.getTimestamp("ended_at");
		String languages = rs.getString("languages");
		return new Enrolment(new EnrolmentId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), rs.getObject("application_id", UUID.class),
				new ProgramId(rs.getObject("program_id", UUID.class)),
				new ProgramRoleId(rs.getObject("program_role_id", UUID.class)),
				Commitment.stored(rs.getInt("commitment_months"), rs.getBigDecimal("commitment_amount"),
						rs.getString("commitment_unit"), rs.getString("commitment_period")),
				languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")), rs.getString("time_zone"),
				rs.getDate("started_on").toLocalDate(), EnrolmentState.valueOf(rs.getString("state")),
				lead == null ? null : new PersonId(lead), rs.getDate("commitment_ends_on").toLocalDate(),
				paused == null ? null : paused.toLocalDate(), rs.getString("end_reason"),
				ended == null ? null : ended.toInstant(), rs.getLong("version"));
	}

}
