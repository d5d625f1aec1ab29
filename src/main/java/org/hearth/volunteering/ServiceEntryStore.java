package org.hearth.volunteering;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service volunteers logged, and the sums over it; a decision from a stale version is
 * refused.
 */
@Repository
class ServiceEntryStore {

	private final JdbcClient jdbc;

	ServiceEntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ServiceEntry> find(UUID id) {
		return jdbc.sql("select * from service_entry where id = :id")
			.param("id", id)
			.query(ServiceEntryStore::map)
			.optional();
	}

	void insert(ServiceEntry entry) {
		jdbc.sql("""
				insert into service_entry (id, enrolment_id, served_on, amount, unit, note, status, logged_at, version)
				values (:id, :enrolment, :on, :amount, :unit, :note, :status, :at, 0)""")
			.param("id", entry.id())
			.param("enrolment", entry.enrolment().value())
			.param("on", Date.valueOf(entry.servedOn()))
			.param("amount", entry.amount())
			.param("unit", entry.unit().name())
			.param("note", entry.note())
			.param("status", entry.status().name())
			.param("at", Timestamp.from(entry.loggedAt()))
			.update();
	}

	/** Writes the decision over the entry as it was at {@code version}. */
	void decide(ServiceEntry decided, long version) {
		int updated = jdbc.sql("""
				update service_entry set status = :status, decided_by = :by, decided_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("status", decided.status().name())
			.param("by", decided.decidedBy().value())
			.param("at", Timestamp.from(decided.decidedAt()))
			.param("id", decided.id())
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Someone decided about this service meanwhile.");
		}
	}

	/** The enrolment's service, latest first. */
	List<ServiceEntry> ofEnrolment(EnrolmentId id) {
		return jdbc.sql("select * from service_entry where enrolment_id = :id order by served_on desc, logged_at desc")
			.param("id", id.value())
			.query(ServiceEntryStore::map)
			.list();
	}

	/** Every service waiting for a decision, oldest first. */
	List<ServiceEntry> waiting() {
		return jdbc.sql("select * from service_entry where status = 'LOGGED' order by logged_at")
			.query(ServiceEntryStore::map)
			.list();
	}

	/** The service of these enrolments waiting for a decision, oldest first. */
	List<ServiceEntry> waitingIn(List<UUID> enrolments) {
		return jdbc
			.sql("select * from service_entry where status = 'LOGGED' and enrolment_id in (:ids) order by logged_at")
			.param("ids", enrolments)
			.query(ServiceEntryStore::map)
			.list();
	}

	/** The volunteer's own service waiting for a decision, latest first. */
	List<ServiceEntry> waitingOf(PersonId volunteer) {
		return jdbc.sql("""
				select s.* from service_entry s join enrolment e on e.id = s.enrolment_id
				where e.person_id = :volunteer and s.status = 'LOGGED'
				order by s.served_on desc, s.logged_at desc""")
			.param("volunteer", volunteer.value())
			.query(ServiceEntryStore::map)
			.list();
	}

	/** Every volunteer's service day by day, declined service left out. */
	List<ServedDay> servedBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select e.person_id, s.served_on,
				       coalesce(sum(case when s.unit = 'HOURS' then s.amount end), 0) as hours, count(*) as entries
				from service_entry s join enrolment e on e.id = s.enrolment_id
				where s.served_on between :from and :to and s.status <> 'DECLINED'
				group by e.person_id, s.served_on order by e.person_id, s.served_on""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new ServedDay(new PersonId(rs.getObject("person_id", UUID.class)),
					rs.getDate("served_on").toLocalDate(), rs.getBigDecimal("hours"), rs.getInt("entries")))
			.list();
	}

	/** One volunteer's service day by day, declined service left out. */
	List<ServedDay> servedBetween(PersonId volunteer, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select s.served_on,
				       coalesce(sum(case when s.unit = 'HOURS' then s.amount end), 0) as hours, count(*) as entries
				from service_entry s join enrolment e on e.id = s.enrolment_id
				where e.person_id = :person and s.served_on between :from and :to and s.status <> 'DECLINED'
				group by s.served_on order by s.served_on""")
			.param("person", volunteer.value())
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new ServedDay(volunteer, rs.getDate("served_on").toLocalDate(), rs.getBigDecimal("hours"),
					rs.getInt("entries")))
			.list();
	}

	/** The last day each volunteer logged service on, declined service left out. */
	Map<PersonId, LocalDate> lastServed() {
		var last = new HashMap<PersonId, LocalDate>();
		jdbc.sql("""
				select e.person_id, max(s.served_on) as last_served
				from service_entry s join enrolment e on e.id = s.enrolment_id
				where s.status <> 'DECLINED' group by e.person_id""")
			.query((rs, n) -> last.put(new PersonId(rs.getObject("person_id", UUID.class)),
					rs.getDate("last_served").toLocalDate()))
			.list();
		return last;
	}

	/**
	 * Each volunteer's approved hours over every enrolment; people with none are absent.
	 */
	Map<PersonId, BigDecimal> approvedHours() {
		var hours = new HashMap<PersonId, BigDecimal>();
		jdbc.sql(
				"""
						select e.person_id, sum(s.amount) as hours from service_entry s join enrolment e on e.id = s.enrolment_id
						where s.status = 'APPROVED' and s.unit = 'HOURS' group by e.person_id""")
			.query((rs, row) -> Map.entry(new PersonId(rs.getObject("person_id", UUID.class)),
					rs.getBigDecimal("hours")))
			.list()
			.forEach(entry -> hours.put(entry.getKey(), entry.getValue()));
		return hours;
	}

	/**
	 * The approved service of each enrolment in service that has any, by enrolment id.
	 */
	Map<UUID, BigDecimal> approvedInService() {
		var served = new HashMap<UUID, BigDecimal>();
		jdbc.sql(
				"""
						select s.enrolment_id, sum(s.amount) as served from service_entry s join enrolment e on e.id = s.enrolment_id
						where s.status = 'APPROVED' and e.state in ('ACTIVE', 'PAUSED') group by s.enrolment_id""")
			.query((rs, row) -> Map.entry(rs.getObject("enrolment_id", UUID.class), rs.getBigDecimal("served")))
			.list()
			.forEach(entry -> served.put(entry.getKey(), entry.getValue()));
		return served;
	}

	/** The approved service of each of these enrolments that has any, by enrolment id. */
	Map<UUID, BigDecimal> approvedOf(Collection<UUID> enrolments) {
		Map<UUID, BigDecimal> served = new HashMap<>();
		jdbc.sql("""
				select enrolment_id, sum(amount) as served from service_entry
				where enrolment_id in (:ids) and status = 'APPROVED' group by enrolment_id""")
			.param("ids", List.copyOf(enrolments))
			.query((rs, n) -> served.put(rs.getObject("enrolment_id", UUID.class), rs.getBigDecimal("served")))
			.list();
		return served;
	}

	private static ServiceEntry map(ResultSet rs, int row) throws SQLException {
		UUID by = rs.getObject("decided_by", UUID.class);
		Timestamp at = rs.getTimestamp("decided_at");
		return new ServiceEntry(rs.getObject("id", UUID.class),
				new EnrolmentId(rs.getObject("enrolment_id", UUID.class)), rs.getDate("served_on").toLocalDate(),
				rs.getBigDecimal("amount"), ServiceUnit.valueOf(rs.getString("unit")), rs.getString("note"),
				ServiceEntryStatus.valueOf(rs.getString("status")), rs.getTimestamp("logged_at").toInstant(),
				by == null ? null : new PersonId(by), at == null ? null : at.toInstant(), rs.getLong("version"));
	}

}
