package org.hearth.volunteering;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.Paging;
import org.hearth.programs.ProgramId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lead volunteers' profiles, one for each program a person leads, with how many
 * volunteers of that program they accompany now.
 */
@Component
class LeadProfileStore {

	private static final String SELECT = """
			select lp.*, p.display_name,
			  (select count(*) from enrolment e where e.lead_id = lp.lead_id and e.program_id = lp.program_id
			    and e.state in ('ACTIVE', 'PAUSED')) as load
			from lead_profile lp join person p on p.id = lp.lead_id""";

	private final JdbcClient jdbc;

	LeadProfileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks a lead's profile in a program until the transaction ends. */
	void lock(PersonId lead, ProgramId program) {
		jdbc.sql("select lead_id from lead_profile where lead_id = :lead and program_id = :program for update")
			.param("lead", lead.value())
			.param("program", program.value())
			.query((rs, row) -> rs.getObject(1))
			.list();
	}

	Optional<LeadProfile> find(PersonId lead, ProgramId program) {
		return jdbc.sql(SELECT + " where lp.lead_id = :lead and lp.program_id = :program")
			.param("lead", lead.value())
			.param("program", program.value())
			.query(LeadProfileStore::map)
			.optional();
	}

	/** Every program's profile of one person, by program name. */
	List<LeadProfile> ofLead(PersonId lead) {
		return jdbc.sql(SELECT + " join program pr on pr.id = lp.program_id where lp.lead_id = :lead order by pr.name")
			.param("lead", lead.value())
			.query(LeadProfileStore::map)
			.list();
	}

	List<LeadProfile> all() {
		return jdbc.sql(SELECT + " order by p.display_name").query(LeadProfileStore::map).list();
	}

	List<LeadProfile> page(Paging paging) {
		return jdbc.sql(SELECT + " order by p.display_name, lp.lead_id, lp.program_id limit :limit offset :offset")
			.param("limit", paging.fetch())
			.param("offset", paging.offset())
			.query(LeadProfileStore::map)
			.list();
	}

	List<LeadProfile> serving(ProgramId program) {
		return jdbc
			.sql(SELECT + " where lp.program_id = :program and lp.stepped_down_at is null order by p.display_name")
			.param("program", program.value())
			.query(LeadProfileStore::map)
			.list();
	}

	/** The leads this lead covers for, on the given day. */

	void insert(PersonId lead, ProgramId program, int capacity, List<String> languages, String timeZone) {
		jdbc.sql("""
				insert into lead_profile (lead_id, program_id, capacity, languages, time_zone, version)
				values (:lead, :program, :capacity, :languages, :zone, 0)""")
			.param("lead", lead.value())
			.param("program", program.value())
			.param("capacity", capacity)
			.param("languages", String.join(",", languages))
			.param("zone", timeZone)
			.update();
	}

	void update(LeadProfile profile) {
		int updated = jdbc.sql("""
				update lead_profile set capacity = :capacity, languages = :languages, time_zone = :zone,
				  away_until = :away, cover_lead_id = :cover, stepped_down_at = :stepped, version = version + 1
				where lead_id = :lead and program_id = :program and version = :version""")
			.param("lead", profile.lead().value())
			.param("program", profile.program().value())
			.param("capacity", profile.capacity())
			.param("languages", String.join(",", profile.languages()))
			.param("zone", profile.timeZone())
			.param("away", profile.awayUntil() == null ? null : Date.valueOf(profile.awayUntil()))
			.param("cover", profile.cover() == null ? null : profile.cover().value())
			.param("stepped", profile.steppedDownAt() == null ? null : Timestamp.from(profile.steppedDownAt()))
			.param("version", profile.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this lead volunteer's profile meanwhile; reload and try again.");
		}
	}

	static LeadProfile map(ResultSet rs, int row) throws SQLException {
		Date away = rs.getDate("away_until");
		UUID cover = rs.getObject("cover_lead_id", UUID.class);
		Timestamp stepped = rs.getTimestamp("stepped_down_at");
		String languages = rs.getString("languages");
		return new LeadProfile(new PersonId(rs.getObject("lead_id", UUID.class)), rs.getString("display_name"),
				new ProgramId(rs.getObject("program_id", UUID.class)), rs.getInt("capacity"),
				languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")), rs.getString("time_zone"),
				away == null ? null : away.toLocalDate(), cover == null ? null : new PersonId(cover),
				stepped == null ? null : stepped.toInstant(), rs.getInt("load"), rs.getLong("version"));
	}

}
