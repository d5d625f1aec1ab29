package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.ResultPage;
import org.hearth.volunteering.ServedDay;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServingVolunteer;
import org.hearth.volunteering.Volunteers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly check-ins: a volunteer in service checks in for this week or last, or their lead
 * logs the conversation they had; a wish for a debrief reaches the lead at once. A
 * volunteer sees their own check-ins and load, their lead sees theirs, staff see
 * everyone's; anyone else is told there is nothing here for them.
 */
@Service
public class CheckIns {

	/** How many weeks the pages show, this week included. */
	public static final int WEEKS_SHOWN = 12;

	private final CheckInStore store;

	private final AlertStore alertStore;

	private final RhythmAlerts alerts;

	private final Volunteers volunteers;

	private final ServiceLog serviceLog;

	private final Accounts accounts;

	private final AuditLog audit;

	private final RhythmPolicy policy;

	private final CheckInSettings settings;

	private final Clock clock;

	CheckIns(CheckInStore store, AlertStore alertStore, RhythmAlerts alerts, Volunteers volunteers,
			ServiceLog serviceLog, Accounts accounts, AuditLog audit, CheckInSettings settings, Clock clock) {
		this.store = store;
		this.alertStore = alertStore;
		this.alerts = alerts;
		this.volunteers = volunteers;
		this.serviceLog = serviceLog;
		this.accounts = accounts;
		this.audit = audit;
		this.policy = new RhythmPolicy(settings);
		this.settings = settings;
		this.clock = clock;
	}

	/** The hours a week above which a week counts as heavy. */
	public BigDecimal hoursPerWeekCap() {
		return settings.hoursPerWeekCap();
	}

	/** The week a check-in made today is for, by default. */
	public LocalDate thisWeek() {
		return Weeks.of(LocalDate.now(clock));
	}

	/** Whether the person serves as a volunteer now, and so checks in. */
	@Transactional(readOnly = true)
	public boolean checksIn(PersonId person) {
		return volunteers.serving(person);
	}

	/** The person's check-in for a week, if they made one. */
	@Transactional(readOnly = true)
	public Optional<CheckIn> of(PersonId volunteer, LocalDate week) {
		return store.find(volunteer, Weeks.of(week));
	}

	/**
	 * The volunteer checks in for this week or last; a second check-in for the same week
	 * changes the first, when {@code version} is the version they saw.
	 */
	@Transactional
	public CheckIn checkIn(HearthUser volunteer, LocalDate week, CheckInInput input, long version) {
		if (!volunteers.serving(volunteer.id())) {
			throw new RequestRefused("Weekly check-ins are for volunteers in service. If you serve and see this, "
					+ "please ask your lead or staff to look at your enrolment.");
		}
		return record(volunteer.id(), week, input, version, CheckIn.Source.VOLUNTEER, volunteer);
	}

	/**
	 * The lead (or staff) logs a conversation with a volunteer they lead as the
	 * volunteer's check-in.
	 */
	@Transactional
	public CheckIn logConversation(PersonId volunteer, HearthUser by, LocalDate week, CheckInInput input,
			long version) {
		requireMaySee(volunteer, by);
		if (by.id().equals(volunteer)) {
			throw new RequestRefused("Check in for yourself on your own check-in page.");
		}
		if (!volunteers.serving(volunteer)) {
			throw new RequestRefused("This volunteer is not in service now, so there is no check-in to log.");
		}
		return record(volunteer, week, input, version, CheckIn.Source.LEAD, by);
	}

	/**
	 * Staff transcribe a check-in of an earlier week, from notes kept before Hearth or on
	 * paper; a week already checked in stays as it is.
	 */
	@Transactional
	public CheckIn transcribe(PersonId volunteer, LocalDate week, CheckInInput input, HearthUser staff) {
		if (!isStaff(staff)) {
			throw new RequestRefused("Only staff transcribe check-ins of earlier weeks; a lead logs this week's or "
					+ "last week's conversation on the volunteer's page.");
		}
		LocalDate chosen = Weeks.of(week);
		if (chosen.isAfter(thisWeek())) {
			throw new RequestRefused("week", "A check-in is for this week or an earlier one.");
		}
		if (store.find(volunteer, chosen).isPresent()) {
			throw new RequestRefused("week", "There is a check-in for " + Weeks.named(chosen) + " already.");
		}
		CheckIn checkIn = CheckIn.record(volunteer, chosen, input.wellBeing(), input.hours(), input.weighed(),
				input.boundaries(), input.wantsDebrief(), CheckIn.Source.LEAD, staff.id(), clock.instant());
		store.insert(checkIn);
		audit.record("checkin.transcribed", "checkin", checkIn.id(), Weeks.named(chosen) + ": well-being "
				+ checkIn.wellBeing().described() + ", " + Hours.of(checkIn.hours()) + "; transcribed by staff");
		return checkIn;
	}

	private CheckIn record(PersonId volunteer, LocalDate week, CheckInInput input, long version, CheckIn.Source source,
			HearthUser by) {
		LocalDate thisWeek = thisWeek();
		LocalDate chosen = week == null ? thisWeek : Weeks.of(week);
		if (!chosen.equals(thisWeek) && !chosen.equals(thisWeek.minusWeeks(1))) {
			throw new RequestRefused("week", "Choose this week or last week.");
		}
		Optional<CheckIn> existing = store.find(volunteer, chosen);
		boolean wishedBefore = existing.map(CheckIn::wantsDebrief).orElse(false);
		CheckIn checkIn;
		if (existing.isPresent()) {
			checkIn = existing.get();
			checkIn.revise(version, input.wellBeing(), input.hours(), input.weighed(), input.boundaries(),
					input.wantsDebrief(), source, by.id(), clock.instant());
			store.update(checkIn);
		}
		else {
			checkIn = CheckIn.record(volunteer, chosen, input.wellBeing(), input.hours(), input.weighed(),
					input.boundaries(), input.wantsDebrief(), source, by.id(), clock.instant());
			store.insert(checkIn);
		}
		audit.record(existing.isPresent() ? "checkin.changed" : "checkin.recorded", "checkin", checkIn.id(),
				Weeks.named(chosen) + ": well-being " + checkIn.wellBeing().described() + ", "
						+ Hours.of(checkIn.hours()) + (checkIn.wantsDebrief() ? ", would like a debrief" : "") + "; "
						+ source.label().toLowerCase());
		if (checkIn.wantsDebrief() && !wishedBefore) {
			askForDebrief(checkIn, by);
		}
		return store.find(volunteer, chosen).orElseThrow();
	}

	/**
	 * Conduct offers no public way to request a debrief outside a report, so the wish
	 * goes to the lead (or staff, without one) as a notification; the lead who logged it
	 * themselves already knows.
	 */
	private void askForDebrief(CheckIn checkIn, HearthUser by) {
		PersonId lead = volunteers.leadFor(checkIn.volunteer()).orElse(null);
		if (lead != null && lead.equals(by.id())) {
			return;
		}
		String name = accounts.find(checkIn.volunteer()).map(p -> p.displayName()).orElse("A volunteer");
		alerts.raise(checkIn.volunteer(), lead, AlertKind.DEBRIEF_WISH, checkIn.week(), name + " would like a debrief",
				"In their check-in for " + Weeks.named(checkIn.week()) + ", " + name
						+ " said they would like a debrief. Please reach out to find a time that suits them.");
	}

	/** The volunteer's own last weeks, with their load this week. */
	@Transactional(readOnly = true)
	public VolunteerRhythm mine(HearthUser volunteer) {
		return rhythms(List.of(volunteer.id())).get(0);
	}

	/** The volunteer's load this week against the caps. */
	@Transactional(readOnly = true)
	public Workload workload(PersonId volunteer) {
		LocalDate today = LocalDate.now(clock);
		LocalDate week = Weeks.of(today);
		List<ServedDay> served = serviceLog.servedBetween(volunteer, week, week.plusDays(6));
		BigDecimal checkedIn = store.find(volunteer, week).map(CheckIn::hours).orElse(null);
		return policy.workload(today, served, checkedIn);
	}

	/**
	 * One volunteer's last weeks, for the volunteer themselves, their lead (or the lead's
	 * cover) and staff.
	 */
	@Transactional(readOnly = true)
	public VolunteerRhythm rhythmOf(PersonId volunteer, HearthUser viewer) {
		requireMaySee(volunteer, viewer);
		return rhythms(List.of(volunteer)).get(0);
	}

	/**
	 * A page of the volunteers a lead leads (and covers for), or of every volunteer in
	 * service for staff, by name, each with their last weeks; read in a few queries
	 * whatever their number.
	 */
	@Transactional(readOnly = true)
	public ResultPage<VolunteerRhythm> overview(HearthUser viewer, Paging paging) {
		List<PersonId> shown;
		if (isStaff(viewer)) {
			shown = volunteers.inService().stream().map(ServingVolunteer::volunteer).toList();
		}
		else if (viewer.role() == Role.LEAD) {
			shown = volunteers.ledBy(viewer.id());
		}
		else {
			shown = List.of();
		}
		Map<PersonId, String> names = accounts.namesOf(shown);
		List<PersonId> byName = shown.stream()
			.sorted(java.util.Comparator.comparing((PersonId id) -> names.getOrDefault(id, ""),
					String.CASE_INSENSITIVE_ORDER))
			.skip(paging.offset())
			.limit(paging.fetch())
			.toList();
		return paging.pageOf(rhythms(byName));
	}

	private List<VolunteerRhythm> rhythms(Collection<PersonId> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		LocalDate thisWeek = thisWeek();
		LocalDate from = thisWeek.minusWeeks(WEEKS_SHOWN - 1);
		Map<PersonId, String> names = accounts.namesOf(people);
		Map<PersonId, List<CheckIn>> checkIns = new HashMap<>();
		store.ofAll(people, from).forEach(c -> checkIns.computeIfAbsent(c.volunteer(), v -> new ArrayList<>()).add(c));
		Map<PersonId, List<ServedDay>> served = new HashMap<>();
		java.util.Set<PersonId> wanted = new java.util.HashSet<>(people);
		for (ServedDay day : people.size() == 1
				? serviceLog.servedBetween(people.iterator().next(), from, thisWeek.plusDays(6))
				: serviceLog.servedBetween(from, thisWeek.plusDays(6))) {
			if (wanted.contains(day.volunteer())) {
				served.computeIfAbsent(day.volunteer(), v -> new ArrayList<>()).add(day);
			}
		}
		Map<PersonId, List<Alert>> alerts = new HashMap<>();
		alertStore.recent(people, from.atStartOfDay(clock.getZone()).toInstant())
			.forEach(a -> alerts.computeIfAbsent(a.volunteer(), v -> new ArrayList<>()).add(a));
		var rhythms = new ArrayList<VolunteerRhythm>();
		for (PersonId person : people) {
			List<CheckIn> theirs = checkIns.getOrDefault(person, List.of());
			List<ServedDay> days = served.getOrDefault(person, List.of());
			var weeks = new ArrayList<VolunteerRhythm.WeekPoint>();
			for (int i = 0; i < WEEKS_SHOWN; i++) {
				LocalDate week = from.plusWeeks(i);
				Optional<CheckIn> checkIn = theirs.stream().filter(c -> c.week().equals(week)).findFirst();
				BigDecimal logged = RhythmPolicy.loggedIn(week, days);
				BigDecimal hours = checkIn.map(c -> c.hours().max(logged)).orElse(logged);
				weeks.add(new VolunteerRhythm.WeekPoint(week, checkIn.map(CheckIn::wellBeing).orElse(null), hours));
			}
			rhythms.add(new VolunteerRhythm(person, names.getOrDefault(person, "Someone no longer here"), weeks, theirs,
					alerts.getOrDefault(person, List.of())));
		}
		return rhythms;
	}

	private void requireMaySee(PersonId volunteer, HearthUser viewer) {
		boolean may = viewer.id().equals(volunteer) || isStaff(viewer)
				|| (viewer.role() == Role.LEAD && volunteers.leads(viewer.id(), volunteer));
		if (!may || accounts.find(volunteer).isEmpty()) {
			throw new NotFound("There are no check-ins here for you. A lead sees the check-ins of the volunteers "
					+ "they lead; go back to your volunteers' page.");
		}
	}

	private static boolean isStaff(HearthUser user) {
		return user.role().compareTo(Role.STAFF) >= 0;
	}

}
