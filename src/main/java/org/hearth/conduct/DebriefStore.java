package org.hearth.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.hearth.conduct.ReportStore.instant;
import static org.hearth.conduct.ReportStore.timestamp;

@Repository
class DebriefStore {

	private final JdbcClient jdbc;

	DebriefStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DebriefRequest d) {
		jdbc.sql("""
				insert into conduct_debrief (id, volunteer_id, lead_id, reason, what, status, requested_at, version)
				values (:id, :volunteer, :lead, :reason, :what, :status, :at, 0)""")
			.param("id", d.id().value())
			.param("volunteer", d.volunteer().value())
			.param("lead", d.lead() == null ? null : d.lead().value())
			.param("reason", d.reason().name())
			.param("what", d.what())
			.param("status", d.status().name())
			.param("at", timestamp(d.requestedAt()))
			.update();
	}

	void update(DebriefRequest d) {
		int updated = jdbc.sql("""
				update conduct_debrief set status = :status, held_at = :heldAt, held_by = :heldBy, version = version + 1
				where id = :id and version = :version""")
			.param("status", d.status().name())
			.param("heldAt", timestamp(d.heldAt()))
			.param("heldBy", d.heldBy() == null ? null : d.heldBy().value())
			.param("id", d.id().value())
			.param("version", d.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Someone else updated this debrief meanwhile; look again.");
		}
	}

	Optional<DebriefRequest> find(DebriefId id) {
		return jdbc.sql("select * from conduct_debrief where id = :id")
			.param("id", id.value())
			.query(DebriefStore::map)
			.optional();
	}

	List<DebriefRequest> all() {
		return jdbc.sql("select * from conduct_debrief order by status desc, requested_at")
			.query(DebriefStore::map)
			.list();
	}

	/** Debriefs routed to this lead, or about the volunteers they lead or cover for. */
	List<DebriefRequest> forLead(PersonId lead, Collection<PersonId> volunteers) {
		List<UUID> ids = volunteers.stream().map(PersonId::value).toList();
		return jdbc.sql("""
				select * from conduct_debrief
				where lead_id = :lead or volunteer_id in (:volunteers)
				order by status desc, requested_at""")
			.param("lead", lead.value())
			.param("volunteers", ids.isEmpty() ? List.of(UUID.randomUUID()) : ids)
			.query(DebriefStore::map)
			.list();
	}

	List<DebriefRequest> ofVolunteer(PersonId volunteer) {
		return jdbc.sql("select * from conduct_debrief where volunteer_id = :v order by requested_at desc")
			.param("v", volunteer.value())
			.query(DebriefStore::map)
			.list();
	}

	void addNote(DebriefId id, String text, PersonId by, String byName, Instant at) {
		jdbc.sql("""
				insert into conduct_debrief_note (debrief_id, text, by_id, by_name, at)
				values (:id, :text, :by, :byName, :at)""")
			.param("id", id.value())
			.param("text", text)
			.param("by", by.value())
			.param("byName", byName)
			.param("at", timestamp(at))
			.update();
	}

	List<DebriefNote> notes(DebriefId id) {
		return jdbc.sql("select * from conduct_debrief_note where debrief_id = :id order by id")
			.param("id", id.value())
			.query((rs, n) -> new DebriefNote(rs.getString("text"), rs.getString("by_name"),
					instant(rs.getTimestamp("at"))))
			.list();
	}

	/** A private note on a debrief, for the lead and staff only. */
	public record DebriefNote(String text, String byName, Instant at) {
	}

	private static DebriefRequest map(ResultSet rs, int row) throws SQLException {
		UUID lead = rs.getObject("lead_id", UUID.class);
		UUID heldBy = rs.getObject("held_by", UUID.class);
		return new DebriefRequest(new DebriefId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("volunteer_id", UUID.class)), lead == null ? null : new PersonId(lead),
				ReportCategory.valueOf(rs.getString("reason")), rs.getString("what"),
				DebriefRequest.Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("requested_at")),
				instant(rs.getTimestamp("held_at")), heldBy == null ? null : new PersonId(heldBy),
				rs.getLong("version"));
	}

}
