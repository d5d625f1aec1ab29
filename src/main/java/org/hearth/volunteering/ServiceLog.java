package org.hearth.volunteering;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.shared.NotFound;
import org.hearth.audit.AuditLog;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service volunteers log (hours or sessions), approved by their lead or staff, and
 * how it fulfils what each volunteer committed to.
 */
@Service
public class ServiceLog {

	private final JdbcClient jdbc;

	private final Enrolments enrolments;

	private final EnrolmentStore enrolmentStore;

	private final AuditLog audit;

	private final Clock clock;

	ServiceLog(JdbcClient jdbc, Enrolments enrolments, EnrolmentStore enrolmentStore, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
		this.enrolmentStore = enrolmentStore;
		this.audit = audit;
		this.clock = clock;
	}

	/** The volunteer logs service on one of their enrolments. */
	@Transactional
	public ServiceEntry log(EnrolmentId id, HearthUser by, LocalDate servedOn, BigDecimal amount, String note) {
		Enrolment enrolment = enrolments.find(id)
			.filter(e -> e.volunteer().equals(by.id()))
			.orElseThrow(() -> new NotFound("There is no enrolment " + id + " of yours."));
		ServiceEntry entry = ServiceEntry.log(enrolment, servedOn, amount, note, LocalDate.now(clock), clock.instant());
		jdbc.sql("""
				insert into service_entry (id, enrolment_id, served_on, amount, unit, note, status, logged_at, version)
				values (:id, :enrolment, :on, :amount, :unit, :note, :status, :at, 0)""")
			.param("id", entry.id())
			.param("enrolment", id.value())
			.param("on", Date.valueOf(servedOn))
			.param("amount", amount)
			.param("unit", entry.unit().name())
			.param("note", entry.note())
			.param("status", entry.status().name())
			.param("at", Timestamp.from(entry.loggedAt()))
			.update();
		audit.record("service.logged", "enrolment", id,
				amount.stripTrailingZeros().toPlainString() + " " + entry.unit().label() + " on " + servedOn);
		return entry;
	}

	/**
	 * The volunteer's lead (or their cover) or staff approve or decline logged service.
	 */
	@Transactional
	public ServiceEntry decide(UUID entryId, boolean approve, HearthUser by) {
		ServiceEntry entry = find(entryId);
		Enrolment enrolment = enrolments.find(entry.enrolment()).orElseThrow();
		boolean mayDecide = by.role().compareTo(Role.STAFF) >= 0 || (by.role().compareTo(Role.LEAD) >= 0
				&& enrolments.maySee(by, enrolment) && !by.id().equals(enrolment.volunteer()));
		if (!mayDecide) {
			throw new NotFound("There is no logged service " + entryId + " for you to approve.");
		}
		ServiceEntry decided = entry.decide(approve, by.id(), enrolment.volunteer(), clock.instant());
		int updated = jdbc.sql("""
				update service_entry set status = :status, decided_by = :by, decided_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("status", decided.status().name())
			.param("by", by.id().value())
			.param("at", Timestamp.from(decided.decidedAt()))
			.param("id", entryId)
			.param("version", entry.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Someone decided about this service meanwhile.");
		}
		audit.record(approve ? "service.approved" : "service.declined", "enrolment", enrolment.id(),
				entry.amount().stripTrailingZeros().toPlainString() + " " + entry.unit().label() + " on "
						+ entry.servedOn());
		return decided;
	}

	@Transactional(readOnly = true)
	public List<ServiceEntry> entries(EnrolmentId id) {
		return jdbc.sql("select * from service_entry where enrolment_id = :id order by served_on desc, logged_at desc")
			.param("id", id.value())
			.query(ServiceLog::map)
			.list();
	}

	/**
	 * Service waiting for a decision from this lead (their volunteers and those they
	 * cover), or every one for staff.
	 */
	@Transactional(readOnly = true)
	public List<ServiceEntry> waitingFor(HearthUser user) {
		if (user.role().compareTo(Role.STAFF) >= 0) {
			return jdbc.sql("select * from service_entry where status = 'LOGGED' order by logged_at")
				.query(ServiceLog::map)
				.list();
		}
		List<UUID> ids = enrolments.ledBy(user.id()).stream().map(e -> e.id().value()).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from service_entry where status = 'LOGGED' and enrolment_id in (:ids) order by logged_at")
			.param("ids", ids)
			.query(ServiceLog::map)
			.list();
	}

	/**
	 * What every volunteer logged, day by day, from {@code from} to {@code to} inclusive:
	 * the hours and the number of entries, whether approved yet or not; declined service
	 * is left out.
	 */
	@Transactional(readOnly = true)
	public List<ServedDay> servedBetween(LocalDate from, LocalDate to) {
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

	/**
	 * The last day each volunteer logged service on (declined service left out), for
	 * those who ever did.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<PersonId, LocalDate> lastServed() {
		var last = new java.util.HashMap<PersonId, LocalDate>();
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
	 * What one volunteer logged, day by day, from {@code from} to {@code to} inclusive.
	 */
	@Transactional(readOnly = true)
	public List<ServedDay> servedBetween(PersonId volunteer, LocalDate from, LocalDate to) {
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

	/**
	 * The volunteer's own service still waiting for a decision, by enrolment, so they can
	 * see what they logged before it counts.
	 */
	@Transactional(readOnly = true)
	public Map<EnrolmentId, List<ServiceEntry>> waitingOf(PersonId volunteer) {
		return jdbc.sql("""
				select s.* from service_entry s join enrolment e on e.id = s.enrolment_id
				where e.person_id = :volunteer and s.status = 'LOGGED'
				order by s.served_on desc, s.logged_at desc""")
			.param("volunteer", volunteer.value())
			.query(ServiceLog::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(ServiceEntry::enrolment, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * Each volunteer's approved hours in all, over every enrolment they ever had; people
	 * with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, BigDecimal> approvedHours() {
		var hours = new java.util.HashMap<PersonId, BigDecimal>();
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
	 * The enrolments in service whose approved service has reached all that their whole
	 * commitment asks for.
	 */
	@Transactional(readOnly = true)
	public List<FulfilledCommitment> fulfilledCommitments() {
		LocalDate today = LocalDate.now(clock);
		var served = new java.util.HashMap<UUID, BigDecimal>();
		jdbc.sql(
				"""
						select s.enrolment_id, sum(s.amount) as served from service_entry s join enrolment e on e.id = s.enrolment_id
						where s.status = 'APPROVED' and e.state in ('ACTIVE', 'PAUSED') group by s.enrolment_id""")
			.query((rs, row) -> Map.entry(rs.getObject("enrolment_id", UUID.class), rs.getBigDecimal("served")))
			.list()
			.forEach(entry -> served.put(entry.getKey(), entry.getValue()));
		if (served.isEmpty()) {
			return List.of();
		}
		return enrolmentStore.inServiceAmong(served.keySet()).stream().filter(enrolment -> {
			Fulfilment fulfilment = Fulfilment.of(Pace.of(enrolment.commitment()), enrolment.startedOn(),
					enrolment.commitmentEndsOn(), today, served.get(enrolment.id().value()));
			return fulfilment.committedInAll().signum() > 0
					&& fulfilment.served().compareTo(fulfilment.committedInAll()) >= 0;
		})
			.map(enrolment -> new FulfilledCommitment(enrolment.id(), enrolment.volunteer(), enrolment.lead(),
					enrolments.roleName(enrolment.role())))
			.toList();
	}

	/**
	 * How far each of these enrolments has fulfilled its commitment, with the approved
	 * service of all of them summed in one query.
	 */
	@Transactional(readOnly = true)
	public Map<EnrolmentId, Fulfilment> fulfilments(java.util.Collection<Enrolment> enrolments) {
		if (enrolments.isEmpty()) {
			return Map.of();
		}
		Map<UUID, BigDecimal> served = new java.util.HashMap<>();
		jdbc.sql("""
				select enrolment_id, sum(amount) as served from service_entry
				where enrolment_id in (:ids) and status = 'APPROVED' group by enrolment_id""")
			.param("ids", enrolments.stream().map(e -> e.id().value()).distinct().toList())
			.query((rs, n) -> served.put(rs.getObject("enrolment_id", UUID.class), rs.getBigDecimal("served")))
			.list();
		LocalDate today = LocalDate.now(clock);
		Map<EnrolmentId, Fulfilment> fulfilments = new java.util.HashMap<>();
		enrolments.forEach(enrolment -> fulfilments.put(enrolment.id(),
				Fulfilment.of(Pace.of(enrolment.commitment()), enrolment.startedOn(), enrolment.commitmentEndsOn(),
						today, served.getOrDefault(enrolment.id().value(), BigDecimal.ZERO))));
		return fulfilments;
	}

	@Transactional(readOnly = true)
	public Fulfilment fulfilment(Enrolment enrolment) {
		return fulfilments(List.of(enrolment)).get(enrolment.id());
	}

	private ServiceEntry find(UUID id) {
		return jdbc.sql("select * from service_entry where id = :id")
			.param("id", id)
			.query(ServiceLog::map)
			.optional()
			.orElseThrow(() -> new NotFound("There is no logged service " + id));
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
