package org.hearth.care;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.hearth.audit.AuditLog;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.LeadType;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When SWAT Facilitators and other lead volunteers are on duty: weekly hours each sets in
 * their own time zone, and one-off changes. It answers who to alert now, and says plainly
 * when nobody is on duty.
 */
@Service
public class DutyRota {

	/**
	 * Times in the audit log read as people read them, in UTC as the log's own times are.
	 */
	private static final DateTimeFormatter AUDITED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final DutyStore store;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final OnDutyPolicy policy = new OnDutyPolicy();

	DutyRota(DutyStore store, Accounts accounts, AuditLog audit, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A person on duty, SWAT Facilitators first. */
	public record OnDutyPerson(PersonId person, String name, LeadType leadType) {

		public boolean facilitator() {
			return leadType == LeadType.SWAT_FACILITATOR;
		}

		public String roleLabel() {
			return leadType == null ? "Staff" : leadType.label();
		}

	}

	/** Who is on duty at one instant. */
	public record OnDuty(Instant at, List<OnDutyPerson> people) {

		public boolean nobody() {
			return people.isEmpty();
		}

		/**
		 * Whom a crisis alert goes to: the SWAT Facilitators on duty, or the other leads
		 * on duty when no facilitator is.
		 */
		public List<OnDutyPerson> toAlert() {
			List<OnDutyPerson> facilitators = people.stream().filter(OnDutyPerson::facilitator).toList();
			return facilitators.isEmpty() ? people : facilitators;
		}

	}

	/** One person's own rota. */
	public record Rota(List<DutyHours> hours, List<DutyChange> changes) {
	}

	@Transactional(readOnly = true)
	public OnDuty onDutyNow() {
		return onDutyAt(clock.instant());
	}

	@Transactional(readOnly = true)
	public OnDuty onDutyAt(Instant instant) {
		var people = policy.onDutyAt(instant, store.allHours(), store.changesEndingAfter(instant))
			.stream()
			.map(accounts::find)
			.flatMap(java.util.Optional::stream)
			.filter(person -> person.access() == Access.ACTIVE && person.role().compareTo(Role.LEAD) >= 0)
			.map(person -> new OnDutyPerson(person.id(), person.displayName(), person.leadType()))
			.sorted(Comparator.comparing((OnDutyPerson p) -> !p.facilitator()).thenComparing(OnDutyPerson::name))
			.toList();
		return new OnDuty(instant, people);
	}

	@Transactional(readOnly = true)
	public Rota rotaOf(PersonId person) {
		return new Rota(store.hoursOf(person),
				store.changesEndingAfter(clock.instant()).stream().filter(c -> c.person().equals(person)).toList());
	}

	@Transactional
	public void addHours(HearthUser who, DayOfWeek day, LocalTime starts, LocalTime ends, String timeZone) {
		mayBeOnDuty(who);
		if (timeZone == null || timeZone.isBlank()) {
			throw new RequestRefused("timeZone", "Choose your time zone, such as Europe/London or America/Chicago.");
		}
		var hours = new DutyHours(UUID.randomUUID(), who.id(), day, starts, ends,
				java.time.ZoneId.of(Member.zone(timeZone)));
		store.insert(hours);
		audit.record("care.duty-hours-added", "person", who.id(),
				day + " " + starts + "–" + ends + " " + hours.zone().getId());
	}

	@Transactional
	public void removeHours(HearthUser who, UUID id) {
		if (!store.deleteHours(id, who.id())) {
			throw new NotFound("You have no such hours.");
		}
		audit.record("care.duty-hours-removed", "person", who.id(), "Weekly hours removed");
	}

	/**
	 * Adds a one-off change to the person's own hours, refused when it would already be
	 * over or lasts longer than {@link DutyChange#LONGEST}.
	 */
	@Transactional
	public DutyChange addChange(HearthUser who, Instant startsAt, Instant endsAt, boolean onDuty, String note) {
		mayBeOnDuty(who);
		var change = new DutyChange(UUID.randomUUID(), who.id(), startsAt, endsAt, onDuty, note);
		change.mayBeAddedAt(clock.instant());
		store.insert(change);
		audit.record("care.duty-change-added", "person", who.id(),
				(onDuty ? "On duty " : "Away ") + AUDITED.format(startsAt) + " to " + AUDITED.format(endsAt) + " UTC");
		return change;
	}

	@Transactional
	public void removeChange(HearthUser who, UUID id) {
		if (!store.deleteChange(id, who.id())) {
			throw new NotFound("You have no such change.");
		}
		audit.record("care.duty-change-removed", "person", who.id(), "One-off change removed");
	}

	private void mayBeOnDuty(HearthUser who) {
		PersonSummary person = accounts.find(who.id()).orElseThrow(() -> new NotFound("No such person."));
		if (person.role().compareTo(Role.LEAD) < 0) {
			throw new RequestRefused("Only lead volunteers and staff go on duty.");
		}
	}

}
