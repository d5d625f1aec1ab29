package org.hearth.gatherings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gatherings with their invitations. An answer is saved on its own, so people answering
 * at once never stand in each other's way; a change by staff or the host checks the
 * version.
 */
@Repository
class GatheringStore {

	private final JdbcClient jdbc;

	GatheringStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Gathering g) {
		jdbc.sql("""
				insert into gathering (id, series_id, kind, title, description, starts_at, minutes, time_zone,
				    online_link, place, program_id, invites_volunteers, invites_leads, invites_staff, host_id,
				    scheduled_by, scheduled_at, cancelled_at, attendance_taken_at, attendance_taken_by, version)
				values (:id, :series, :kind, :title, :description, :startsAt, :minutes, :zone, :link, :place, :program,
				    :volunteers, :leads, :staff, :host, :by, :at, null, null, null, 0)""")
			.param("id", g.id().value())
			.param("series", g.series())
			.param("kind", g.kind().name())
			.param("title", g.title())
			.param("description", g.description())
			.param("startsAt", Timestamp.from(g.startsAt()))
			.param("minutes", g.minutes())
			.param("zone", g.zone().getId())
			.param("link", g.venue().link())
			.param("place", g.venue().place())
			.param("program", g.audience().program() == null ? null : g.audience().program().value())
			.param("volunteers", g.audience().volunteers())
			.param("leads", g.audience().leads())
			.param("staff", g.audience().staff())
			.param("host", g.host().map(PersonId::value).orElse(null))
			.param("by", g.scheduledBy().value())
			.param("at", Timestamp.from(g.scheduledAt()))
			.update();
		g.invitations().forEach(invitation -> save(g.id(), invitation));
	}

	/** Saves what staff or the host changed, when nobody changed it meanwhile. */
	void update(Gathering g) {
		int updated = jdbc.sql("""
				update gathering set cancelled_at = :cancelled, attendance_taken_at = :takenAt,
				    attendance_taken_by = :takenBy, version = version + 1
				where id = :id and version = :version""")
			.param("cancelled", g.cancelledAt() == null ? null : Timestamp.from(g.cancelledAt()))
			.param("takenAt", g.attendanceTakenAt() == null ? null : Timestamp.from(g.attendanceTakenAt()))
			.param("takenBy", g.attendanceTakenBy() == null ? null : g.attendanceTakenBy().value())
			.param("id", g.id().value())
			.param("version", g.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Someone changed this " + g.kind().noun()
					+ " meanwhile; look at it again and then make your change.");
		}
		g.invitations().forEach(invitation -> save(g.id(), invitation));
	}

	/** Saves one invitation as it is now: new, answered, marked or offered the next. */
	void save(GatheringId gathering, Invitation i) {
		jdbc.sql("""
				insert into gathering_invitation (gathering_id, person_id, answer, answered_at, attendance,
				    offered_after, next_offered, invited_at)
				values (:gathering, :person, :answer, :answeredAt, :attendance, :offeredAfter, :nextOffered, :invitedAt)
				on conflict (gathering_id, person_id) do update set answer = excluded.answer,
				    answered_at = excluded.answered_at, attendance = excluded.attendance,
				    offered_after = excluded.offered_after, next_offered = excluded.next_offered""")
			.param("gathering", gathering.value())
			.param("person", i.person().value())
			.param("answer", i.answer() == null ? null : i.answer().name())
			.param("answeredAt", i.answeredAt() == null ? null : Timestamp.from(i.answeredAt()))
			.param("attendance", i.attendance() == null ? null : i.attendance().name())
			.param("offeredAfter", i.offeredAfter() == null ? null : i.offeredAfter().value())
			.param("nextOffered", i.nextOffered())
			.param("invitedAt", Timestamp.from(i.invitedAt()))
			.update();
	}

	Optional<Gathering> find(GatheringId id) {
		return withInvitations(
				jdbc.sql("select * from gathering where id = :id").param("id", id.value()).query(Row::map).list())
			.stream()
			.findFirst();
	}

	/**
	 * The gatherings a person is invited to or runs, from {@code from} on, soonest first.
	 */
	List<Gathering> of(PersonId person, Instant from) {
		return withInvitations(jdbc.sql("""
				select * from gathering g where starts_at >= :from and (host_id = :person or exists (
				    select 1 from gathering_invitation i where i.gathering_id = g.id and i.person_id = :person))
				order by starts_at""")
			.param("person", person.value())
			.param("from", Timestamp.from(from))
			.query(Row::map)
			.list());
	}

	/** Every gathering from {@code from} on, soonest first, at most {@code limit}. */
	List<Gathering> from(Instant from, int limit) {
		return withInvitations(
				jdbc.sql("select * from gathering where starts_at >= :from order by starts_at limit :limit")
					.param("from", Timestamp.from(from))
					.param("limit", limit)
					.query(Row::map)
					.list());
	}

	/**
	 * The gatherings of a kind still to come that could be offered to someone who missed
	 * one: the rest of its series first, then its program's, then those for every
	 * program; soonest first within each.
	 */
	List<Gathering> nextOf(GatheringKind kind, UUID series, ProgramId program, Instant after) {
		return withInvitations(jdbc.sql("""
				select * from gathering where kind = :kind and cancelled_at is null and starts_at > :after
				    and (series_id = :series or program_id is null or program_id = :program)
				order by case when series_id = :series then 0 when program_id = :program then 1 else 2 end, starts_at
				limit 5""")
			.param("kind", kind.name())
			.param("after", Timestamp.from(after))
			.param("series", series)
			.param("program", program == null ? null : program.value())
			.query(Row::map)
			.list());
	}

	/**
	 * The people who missed a gathering of this kind since {@code since} and were not yet
	 * offered another, with the gathering they missed; only of this program when one is
	 * given.
	 */
	List<Missed> missedWithoutOffer(GatheringKind kind, ProgramId program, Instant since, Instant until) {
		return jdbc.sql("""
				select i.person_id, g.id from gathering_invitation i join gathering g on g.id = i.gathering_id
				where g.kind = :kind and i.attendance = 'ABSENT' and not i.next_offered
				    and g.starts_at >= :since and g.starts_at < :until
				    and (cast(:program as uuid) is null or g.program_id = cast(:program as uuid))
				order by g.starts_at""")
			.param("kind", kind.name())
			.param("since", Timestamp.from(since))
			.param("until", Timestamp.from(until))
			.param("program", program == null ? null : program.value())
			.query((rs, n) -> new Missed(new PersonId(rs.getObject(1, UUID.class)),
					new GatheringId(rs.getObject(2, UUID.class))))
			.list();
	}

	record Missed(PersonId person, GatheringId gathering) {
	}

	/** How many trainings the person took part in. */
	int trainingsCompleted(PersonId person) {
		return jdbc.sql("""
				select count(*) from gathering_invitation i join gathering g on g.id = i.gathering_id
				where i.person_id = :person and i.attendance = 'ATTENDED' and g.kind = 'TRAINING'""")
			.param("person", person.value())
			.query(Integer.class)
			.single();
	}

	Map<PersonId, Integer> trainingsCompletedByEveryone() {
		var completed = new java.util.HashMap<PersonId, Integer>();
		jdbc.sql(
				"""
						select i.person_id, count(*) as trainings from gathering_invitation i join gathering g on g.id = i.gathering_id
						where i.attendance = 'ATTENDED' and g.kind = 'TRAINING' group by i.person_id""")
			.query((rs, row) -> Map.entry(new PersonId(rs.getObject("person_id", UUID.class)), rs.getInt("trainings")))
			.list()
			.forEach(entry -> completed.put(entry.getKey(), entry.getValue()));
		return completed;
	}

	void insert(Reflection r) {
		jdbc.sql("""
				insert into gathering_reflection (id, gathering_id, author_id, text, written_at)
				values (:id, :gathering, :author, :text, :at)""")
			.param("id", r.id())
			.param("gathering", r.gathering().value())
			.param("author", r.author().value())
			.param("text", r.text())
			.param("at", Timestamp.from(r.writtenAt()))
			.update();
	}

	List<Reflection> reflections(GatheringId gathering) {
		return jdbc.sql("""
				select * from gathering_reflection where gathering_id = :gathering order by written_at""")
			.param("gathering", gathering.value())
			.query((rs, n) -> new Reflection(rs.getObject("id", UUID.class), gathering,
					new PersonId(rs.getObject("author_id", UUID.class)), null, rs.getString("text"),
					rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	private List<Gathering> withInvitations(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Invitation>> invitations = new HashMap<>();
		jdbc.sql("select * from gathering_invitation where gathering_id in (:ids) order by invited_at, person_id")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> invitations
				.computeIfAbsent(rs.getObject("gathering_id", UUID.class), id -> new ArrayList<>())
				.add(new Invitation(new PersonId(rs.getObject("person_id", UUID.class)),
						rs.getString("answer") == null ? null : Answer.valueOf(rs.getString("answer")),
						instant(rs, "answered_at"),
						rs.getString("attendance") == null ? null : Attendance.valueOf(rs.getString("attendance")),
						rs.getObject("offered_after", UUID.class) == null ? null
								: new GatheringId(rs.getObject("offered_after", UUID.class)),
						rs.getBoolean("next_offered"), instant(rs, "invited_at"))))
			.list();
		return rows.stream().map(row -> row.gathering(invitations.getOrDefault(row.id(), List.of()))).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static PersonId person(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new PersonId(id);
	}

	/** A gathering's row, before its invitations are read. */
	private record Row(UUID id, UUID series, GatheringKind kind, String title, String description, Instant startsAt,
			int minutes, ZoneId zone, Venue venue, Audience audience, PersonId host, PersonId scheduledBy,
			Instant scheduledAt, Instant cancelledAt, Instant takenAt, PersonId takenBy, long version) {

		static Row map(ResultSet rs, int n) throws SQLException {
			UUID program = rs.getObject("program_id", UUID.class);
			return new Row(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class),
					GatheringKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
					instant(rs, "starts_at"), rs.getInt("minutes"), ZoneId.of(rs.getString("time_zone")),
					new Venue(rs.getString("online_link"), rs.getString("place")),
					new Audience(program == null ? null : new ProgramId(program), rs.getBoolean("invites_volunteers"),
							rs.getBoolean("invites_leads"), rs.getBoolean("invites_staff")),
					person(rs, "host_id"), person(rs, "scheduled_by"), instant(rs, "scheduled_at"),
					instant(rs, "cancelled_at"), instant(rs, "attendance_taken_at"), person(rs, "attendance_taken_by"),
					rs.getLong("version"));
		}

		Gathering gathering(List<Invitation> invitations) {
			return new Gathering(new GatheringId(id), series, kind, title, description, startsAt, minutes, zone, venue,
					audience, host, scheduledBy, scheduledAt, cancelledAt, takenAt, takenBy, invitations, version);
		}

	}

}
