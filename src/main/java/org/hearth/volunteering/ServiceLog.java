package org.hearth.volunteering;

import java.math.BigDecimal;
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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service volunteers log (hours or sessions), approved by their lead or staff, and
 * how it fulfils what each volunteer committed to.
 */
@Service
public class ServiceLog {

	private final ServiceEntryStore store;

	private final Enrolments enrolments;

	private final EnrolmentStore enrolmentStore;

	private final AuditLog audit;

	private final Clock clock;

	ServiceLog(ServiceEntryStore store, Enrolments enrolments, EnrolmentStore enrolmentStore, AuditLog audit,
			Clock clock) {
		this.store = store;
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
		store.insert(entry);
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
		store.decide(decided, entry.version());
		audit.record(approve ? "service.approved" : "service.declined", "enrolment", enrolment.id(),
				entry.amount().stripTrailingZeros().toPlainString() + " " + entry.unit().label() + " on "
						+ entry.servedOn());
		return decided;
	}

	@Transactional(readOnly = true)
	public List<ServiceEntry> entries(EnrolmentId id) {
		return store.ofEnrolment(id);
	}

	/**
	 * Service waiting for a decision from this lead (their volunteers and those they
	 * cover), or every one for staff.
	 */
	@Transactional(readOnly = true)
	public List<ServiceEntry> waitingFor(HearthUser user) {
		if (user.role().compareTo(Role.STAFF) >= 0) {
			return store.waiting();
		}
		List<UUID> ids = enrolments.ledBy(user.id()).stream().map(e -> e.id().value()).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return store.waitingIn(ids);
	}

	/**
	 * What every volunteer logged, day by day, from {@code from} to {@code to} inclusive:
	 * the hours and the number of entries, whether approved yet or not; declined service
	 * is left out.
	 */
	@Transactional(readOnly = true)
	public List<ServedDay> servedBetween(LocalDate from, LocalDate to) {
		return store.servedBetween(from, to);
	}

	/**
	 * The last day each volunteer logged service on (declined service left out), for
	 * those who ever did.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<PersonId, LocalDate> lastServed() {
		return store.lastServed();
	}

	/**
	 * What one volunteer logged, day by day, from {@code from} to {@code to} inclusive.
	 */
	@Transactional(readOnly = true)
	public List<ServedDay> servedBetween(PersonId volunteer, LocalDate from, LocalDate to) {
		return store.servedBetween(volunteer, from, to);
	}

	/**
	 * The volunteer's own service still waiting for a decision, by enrolment, so they can
	 * see what they logged before it counts.
	 */
	@Transactional(readOnly = true)
	public Map<EnrolmentId, List<ServiceEntry>> waitingOf(PersonId volunteer) {
		return store.waitingOf(volunteer)
			.stream()
			.collect(Collectors.groupingBy(ServiceEntry::enrolment, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * Each volunteer's approved hours in all, over every enrolment they ever had; people
	 * with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, BigDecimal> approvedHours() {
		return store.approvedHours();
	}

	/**
	 * The enrolments in service whose approved service has reached all that their whole
	 * commitment asks for.
	 */
	@Transactional(readOnly = true)
	public List<FulfilledCommitment> fulfilledCommitments() {
		LocalDate today = LocalDate.now(clock);
		Map<UUID, BigDecimal> served = store.approvedInService();
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
		Map<UUID, BigDecimal> served = store
			.approvedOf(enrolments.stream().map(e -> e.id().value()).distinct().toList());
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
		return store.find(id).orElseThrow(() -> new NotFound("There is no logged service " + id));
	}

}
