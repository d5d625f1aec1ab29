package org.hearth.checkins;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckInStore {

	private final JdbcClient jdbc;

	CheckInStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CheckIn c) {
		jdbc.sql("""
				insert into checkin (id, volunteer_id, week, well_being, hours, weighed, boundaries, wants_debrief,
				    source, recorded_by, recorded_at, version)
				values (:id, :volunteer, :week, :wellBeing, :hours, :weighed, :boundaries, :debrief,
				    :source, :by, :at, 0)""")
			.param("id", c.id().value())
			.param("volunteer", c.volunteer().value())
			.param("week", Date.valueOf(c.week()))
			.param("wellBeing", c.wellBeing().score())
			.param("hours", c.hours())
			.param("weighed", c.weighed())
			.param("boundaries", c.boundaries())
			.param("debrief", c.wantsDebrief())
			.param("source", c.source().name())
			.param("by", c.recordedBy().value())
			.param("at", Timestamp.from(c.recordedAt()))
			.update();
	}

	void update(CheckIn c) {
		int updated = jdbc.sql("""
				update checkin set well_being = :wellBeing, hours = :hours, weighed = :weighed,
				    boundaries = :boundaries, wants_debrief = :debrief, source = :source, recorded_by = :by,
				    recorded_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("wellBeing", c.wellBeing().score())
			.param("hours", c.hours())
			.param("weighed", c.weighed())
			.param("boundaries", c.boundaries())
			.param("debrief", c.wantsDebrief())
			.param("source", c.source().name())
			.param("by", c.recordedBy().value())
			.param("at", Timestamp.from(c.recordedAt()))
			.param("id", c.id().value())
			.param("version", c.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"This check-in was changed meanwhile; look at it again and then make your change.");
		}
	}

	Optional<CheckIn> find(PersonId volunteer, LocalDate week) {
		return jdbc.sql("select * from checkin where volunteer_id = :volunteer and week = :week")
			.param("volunteer", volunteer.value())
			.param("week", Date.valueOf(week))
			.query(CheckInStore::map)
			.optional();
	}

	/** The volunteer's check-ins from the week of {@code from} on, newest first. */
	List<CheckIn> of(PersonId volunteer, LocalDate from) {
		return jdbc.sql("select * from checkin where volunteer_id = :volunteer and week >= :from order by week desc")
			.param("volunteer", volunteer.value())
			.param("from", Date.valueOf(from))
			.query(CheckInStore::map)
			.list();
	}

	/**
	 * The check-ins of these volunteers from the week of {@code from} on, in one query.
	 */
	List<CheckIn> ofAll(Collection<PersonId> volunteers, LocalDate from) {
		if (volunteers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from checkin where volunteer_id in (:ids) and week >= :from order by week desc")
			.param("ids", volunteers.stream().map(PersonId::value).toList())
			.param("from", Date.valueOf(from))
			.query(CheckInStore::map)
			.list();
	}

	/** The day each of these volunteers last checked in, for those who ever did. */
	java.util.Map<PersonId, LocalDate> lastRecorded(Collection<PersonId> volunteers) {
		var last = new java.util.HashMap<PersonId, LocalDate>();
		if (volunteers.isEmpty()) {
			return last;
		}
		jdbc.sql(
				"select volunteer_id, max(recorded_at) as at from checkin where volunteer_id in (:ids) group by volunteer_id")
			.param("ids", volunteers.stream().map(PersonId::value).toList())
			.query((rs, n) -> last.put(new PersonId(rs.getObject("volunteer_id", UUID.class)),
					rs.getTimestamp("at").toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
			.list();
		return last;
	}

	private static CheckIn map(ResultSet rs, int n) throws SQLException {
		return new CheckIn(new CheckInId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("volunteer_id", UUID.class)), rs.getDate("week").toLocalDate(),
				WellBeing.of(rs.getInt("well_being")), rs.getBigDecimal("hours"), rs.getString("weighed"),
				rs.getString("boundaries"), rs.getBoolean("wants_debrief"),
				CheckIn.Source.valueOf(rs.getString("source")), new PersonId(rs.getObject("recorded_by", UUID.class)),
				rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
	}

}
