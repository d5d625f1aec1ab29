package org.hearth.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DutyStore {

	private final JdbcClient jdbc;

	DutyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DutyHours> allHours() {
		return jdbc.sql("select * from care_duty_hours order by day_of_week, starts").query(DutyStore::hours).list();
	}

	List<DutyHours> hoursOf(PersonId person) {
		return jdbc.sql("select * from care_duty_hours where person_id = :person order by day_of_week, starts")
			.param("person", person.value())
			.query(DutyStore::hours)
			.list();
	}

	void insert(DutyHours h) {
		jdbc.sql("""
				insert into care_duty_hours (id, person_id, day_of_week, starts, ends, time_zone)
				values (:id, :person, :day, :starts, :ends, :zone)""")
			.param("id", h.id())
			.param("person", h.person().value())
			.param("day", h.day().getValue())
			.param("starts", Time.valueOf(h.starts()))
			.param("ends", Time.valueOf(h.ends()))
			.param("zone", h.zone().getId())
			.update();
	}

	boolean deleteHours(UUID id, PersonId person) {
		return jdbc.sql("delete from care_duty_hours where id = :id and person_id = :person")
			.param("id", id)
			.param("person", person.value())
			.update() == 1;
	}

	/** The changes that have not yet ended. */
	List<DutyChange> changesEndingAfter(Instant instant) {
		return jdbc.sql("select * from care_duty_change where ends_at > :at order by starts_at")
			.param("at", Timestamp.from(instant))
			.query(DutyStore::change)
			.list();
	}

	void insert(DutyChange c) {
		jdbc.sql("""
				insert into care_duty_change (id, person_id, starts_at, ends_at, on_duty, note)
				values (:id, :person, :starts, :ends, :onDuty, :note)""")
			.param("id", c.id())
			.param("person", c.person().value())
			.param("starts", Timestamp.from(c.startsAt()))
			.param("ends", Timestamp.from(c.endsAt()))
			.param("onDuty", c.onDuty())
			.param("note", c.note())
			.update();
	}

	boolean deleteChange(UUID id, PersonId person) {
		return jdbc.sql("delete from care_duty_change where id = :id and person_id = :person")
			.param("id", id)
			.param("person", person.value())
			.update() == 1;
	}

	private static DutyHours hours(ResultSet rs, int n) throws SQLException {
		return new DutyHours(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				DayOfWeek.of(rs.getInt("day_of_week")), rs.getTime("starts").toLocalTime(),
				rs.getTime("ends").toLocalTime(), ZoneId.of(rs.getString("time_zone")));
	}

	private static DutyChange change(ResultSet rs, int n) throws SQLException {
		return new DutyChange(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getBoolean("on_duty"), rs.getString("note"));
	}

}
