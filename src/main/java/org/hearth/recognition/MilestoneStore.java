package org.hearth.recognition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.shared.Paging;
import org.hearth.people.PersonId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MilestoneStore {

	private final JdbcClient jdbc;

	MilestoneStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a milestone unless the volunteer reached it before; whether it is new. */
	boolean insertIfNew(Milestone m) {
		return jdbc.sql("""
				insert into milestone (id, volunteer_id, lead_id, kind, detail, title, reached_on, version)
				values (:id, :volunteer, :lead, :kind, :detail, :title, :reached, 0)
				on conflict (volunteer_id, kind, detail) do nothing""")
			.param("id", m.id().value())
			.param("volunteer", m.volunteer().value())
			.param("lead", m.lead() == null ? null : m.lead().value())
			.param("kind", m.kind().name())
			.param("detail", m.detail())
			.param("title", m.title())
			.param("reached", Date.valueOf(m.reachedOn()))
			.update() == 1;
	}

	Optional<Milestone> find(MilestoneId id) {
		return jdbc.sql("select * from milestone where id = :id")
			.param("id", id.value())
			.query(MilestoneStore::map)
			.optional();
	}

	void saveNote(Milestone m) {
		int updated = jdbc.sql("""
				update milestone set note = :note, note_by = :by, note_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("note", m.note())
			.param("by", m.noteBy().value())
			.param("at", Timestamp.from(m.noteAt()))
			.param("id", m.id().value())
			.param("version", m.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Someone else wrote a note for this milestone meanwhile; look at it again.");
		}
	}

	List<Milestone> ofVolunteer(PersonId volunteer) {
		return jdbc.sql("select * from milestone where volunteer_id = :volunteer order by reached_on desc, title")
			.param("volunteer", volunteer.value())
			.query(MilestoneStore::map)
			.list();
	}

	/** The milestones of these volunteers reached since a day, newest first. */
	List<Milestone> ofVolunteers(List<PersonId> volunteers, LocalDate since) {
		if (volunteers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from milestone where volunteer_id in (:volunteers) and reached_on >= :since
				order by reached_on desc, title""")
			.param("volunteers", volunteers.stream().map(PersonId::value).toList())
			.param("since", Date.valueOf(since))
			.query(MilestoneStore::map)
			.list();
	}

	/** Every milestone reached from one day to another, both included, newest first. */
	List<Milestone> reachedBetween(LocalDate from, LocalDate to, Paging paging) {
		return jdbc.sql("""
				select * from milestone where reached_on between :from and :to
				order by reached_on desc, title, volunteer_id
				limit :limit offset :offset""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("limit", paging.fetch())
			.param("offset", paging.offset())
			.query(MilestoneStore::map)
			.list();
	}

	private static Milestone map(ResultSet rs, int row) throws SQLException {
		UUID lead = rs.getObject("lead_id", UUID.class);
		UUID noteBy = rs.getObject("note_by", UUID.class);
		Timestamp noteAt = rs.getTimestamp("note_at");
		return new Milestone(new MilestoneId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("volunteer_id", UUID.class)), lead == null ? null : new PersonId(lead),
				MilestoneKind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getString("title"),
				rs.getDate("reached_on").toLocalDate(), rs.getString("note"),
				noteBy == null ? null : new PersonId(noteBy), noteAt == null ? null : noteAt.toInstant(),
				rs.getLong("version"));
	}

}
