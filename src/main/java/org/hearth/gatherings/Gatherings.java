package org.hearth.gatherings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.audit.AuditLog;
import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;
import org.hearth.volunteering.EnrolmentState;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings and lead meetings. Staff schedule them and invite a program's volunteers,
 * leads or staff; each invited person hears of it once and answers; staff or the lead
 * running one take attendance; a training someone took part in goes on their service
 * record, and whoever missed one is offered the next (at once when there is one, or as
 * soon as one is scheduled). A person sees the gatherings they are invited to or run;
 * staff see every one; reflections of lead meetings are for leads and staff alone.
 */
@Service
public class Gatherings {

	/**
	 * How far back a missed gathering is still offered again when a new one is scheduled.
	 */
	static final Duration OFFER_MISSED_WITHIN = Duration.ofDays(180);

	/** How far back a person's own page and feed reach. */
	public static final Duration LOOK_BACK = Duration.ofDays(120);

	private final GatheringStore store;

	private final Accounts accounts;

	private final Programs catalog;

	private final Enrolments enrolments;

	private final LeadVolunteers leads;

	private final ServiceRecords records;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	Gatherings(GatheringStore store, Accounts accounts, Programs catalog, Enrolments enrolments, LeadVolunteers leads,
			ServiceRecords records, Notifications notifications, AuditLog audit, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.catalog = catalog;
		this.enrolments = enrolments;
		this.leads = leads;
		this.records = records;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	public Instant now() {
		return clock.instant();
	}

	/**
	 * Staff schedule a training or lead meeting, once or monthly: everyone it is for is
	 * invited to each occurrence and told once; people who missed one of its kind and
	 * were not offered another yet are offered this one.
	 */
	@Transactional
	public List<Gathering> schedule(GatheringPlan plan, HearthUser staff) {
		requireStaff(staff, "Only staff schedule trainings and lead meetings.");
		checkHostAndProgram(plan);
		Instant now = clock.instant();
		List<Gathering> occurrences = Gathering.schedule(plan, staff.id(), now);
		Set<PersonId> invited = audience(plan);
		for (Gathering gathering : occurrences) {
			gathering.invite(invited, null, now);
			store.insert(gathering);
		}
		Gathering first = occurrences.get(0);
		Gathering last = occurrences.get(occurrences.size() - 1);
		audit.record("gathering.scheduled", "gathering", first.id(),
				first.named() + ", " + first.when()
						+ (occurrences.size() > 1
								? ", monthly until " + last.day() + " (" + occurrences.size() + " occurrences)" : "")
						+ "; for " + first.audience().described() + "; " + invited.size() + " invited");
		Set<PersonId> offered = offerToThoseWhoMissed(first, now);
		for (PersonId person : invited) {
			if (!offered.contains(person)) {
				notifications.notify(new Notification(person, Topic.RHYTHM, Urgency.ROUTINE,
						"You're invited: " + first.named(),
						"You're invited to the " + first.kind().noun() + " “" + first.title() + "” on " + first.when()
								+ (occurrences.size() > 1 ? ", and then monthly until " + last.day() : "") + ". "
								+ where(first) + " Please let us know whether you can come.",
						"/gatherings/" + first.id()));
			}
		}
		return occurrences;
	}

	/**
	 * Staff write down a training or lead meeting that already took place, with everyone
	 * it was for invited, so its attendance can be recorded; nobody is told.
	 */
	@Transactional
	public Gathering recordHeld(GatheringPlan plan, HearthUser staff) {
		requireStaff(staff, "Only staff record trainings and lead meetings that already took place.");
		checkHostAndProgram(plan);
		Instant now = clock.instant();
		Gathering gathering = Gathering.held(plan, staff.id(), now);
		gathering.invite(audience(plan), null, now);
		store.insert(gathering);
		audit.record("gathering.recorded", "gathering", gathering.id(),
				gathering.named() + ", held " + gathering.when() + "; recorded afterwards");
		return gathering;
	}

	/** A gathering as the person may see it: invited, running it, or staff. */
	@Transactional(readOnly = true)
	public Gathering visibleTo(GatheringId id, HearthUser viewer) {
		return store.find(id)
			.filter(gathering -> isStaff(viewer) || gathering.invited(viewer.id())
					|| gathering.host().filter(viewer.id()::equals).isPresent())
			.orElseThrow(() -> new NotFound("There is no training or meeting here for you. The ones you are invited "
					+ "to are on your Trainings and meetings page."));
	}

	/** The invited person answers yes, no or maybe. */
	@Transactional
	public Invitation answer(GatheringId id, HearthUser person, Answer answer) {
		Gathering gathering = visibleTo(id, person);
		Invitation answered = gathering.answer(person.id(), answer, clock.instant());
		store.save(gathering.id(), answered);
		return answered;
	}

	/** Whether this person takes attendance: staff, or the one running it. */
	public boolean takesAttendance(Gathering gathering, HearthUser person) {
		return isStaff(person) || gathering.host().filter(person.id()::equals).isPresent();
	}

	/**
	 * Staff or the one running it record who took part. A training someone took part in
	 * goes on their service record (and a correction too); whoever missed it is offered
	 * the next.
	 */
	@Transactional
	public Gathering takeAttendance(GatheringId id, HearthUser by, Set<PersonId> present, long version) {
		Gathering gathering = visibleTo(id, by);
		if (!takesAttendance(gathering, by)) {
			throw new RequestRefused("Attendance is taken by staff, or by the lead running this "
					+ gathering.kind().noun() + ". If you ran it, ask staff to name you as its host.");
		}
		Instant now = clock.instant();
		Gathering.AttendanceChange change = gathering.takeAttendance(version, present, by.id(), now);
		store.update(gathering);
		if (gathering.kind() == GatheringKind.TRAINING) {
			change.attended()
				.forEach(person -> records.note(person, "training",
						"Took part in the training “" + gathering.title() + "” on " + gathering.day()));
			change.corrected()
				.forEach(person -> records.note(person, "training", "Marked as not having taken part in the training “"
						+ gathering.title() + "” on " + gathering.day() + " after all"));
		}
		audit.record("gathering.attendance-taken", "gathering", gathering.id(), gathering.named() + ": "
				+ gathering.tookPart() + " of " + gathering.invitations().size() + " took part");
		for (PersonId person : change.missed()) {
			offerNext(gathering, person, now);
		}
		return store.find(id).orElseThrow();
	}

	/**
	 * Staff call a gathering off before it begins; everyone who had not said no is told.
	 */
	@Transactional
	public Gathering cancel(GatheringId id, HearthUser staff, long version) {
		requireStaff(staff, "Only staff cancel trainings and lead meetings.");
		Gathering gathering = visibleTo(id, staff);
		gathering.cancel(version, clock.instant());
		store.update(gathering);
		audit.record("gathering.cancelled", "gathering", gathering.id(), gathering.named() + ", " + gathering.when());
		for (Invitation invitation : gathering.invitations()) {
			if (invitation.answer() != Answer.NO) {
				notifications.notify(new Notification(invitation.person(), Topic.RHYTHM, Urgency.ROUTINE,
						"Cancelled: " + gathering.named(), "The " + gathering.kind().noun() + " “" + gathering.title()
								+ "” on " + gathering.when() + " is cancelled. Sorry for the change of plans.",
						"/gatherings/" + gathering.id()));
			}
		}
		return store.find(id).orElseThrow();
	}

	/**
	 * A lead or staff member who may see a lead meeting writes what they took from it,
	 * once it has begun.
	 */
	@Transactional
	public Reflection reflect(GatheringId id, HearthUser by, String text) {
		Gathering gathering = visibleTo(id, by);
		if (gathering.kind() != GatheringKind.LEAD_MEETING || by.role().compareTo(Role.LEAD) < 0) {
			throw new RequestRefused("Reflections are kept for lead meetings, by lead volunteers and staff.");
		}
		if (gathering.cancelled()) {
			throw new RequestRefused("This lead meeting was cancelled, so there is nothing to reflect on.");
		}
		if (!gathering.begun(clock.instant())) {
			throw new RequestRefused("text",
					"Reflections open once the meeting has begun, on " + gathering.when() + ".");
		}
		String written = text == null ? "" : StorableText.clean(text).strip();
		if (written.isEmpty()) {
			throw new RequestRefused("text", "Write a few words of what you took from the meeting first.");
		}
		if (written.length() > Gathering.LONGEST_TEXT) {
			throw new RequestRefused("text", "Please keep a reflection under 4,000 characters.");
		}
		var reflection = new Reflection(UUID.randomUUID(), gathering.id(), by.id(), by.displayName(), written,
				clock.instant());
		store.insert(reflection);
		audit.record("gathering.reflection-added", "gathering", gathering.id(), "a reflection on " + gathering.named());
		return reflection;
	}

	/**
	 * The reflections of a lead meeting, for leads and staff who may see it; nobody else
	 * reads them, so they are told there are none.
	 */
	@Transactional(readOnly = true)
	public List<Reflection> reflections(GatheringId id, HearthUser viewer) {
		Gathering gathering = visibleTo(id, viewer);
		if (gathering.kind() != GatheringKind.LEAD_MEETING || viewer.role().compareTo(Role.LEAD) < 0) {
			return List.of();
		}
		List<Reflection> reflections = store.reflections(id);
		Map<PersonId, String> names = accounts.namesOf(reflections.stream().map(Reflection::author).toList());
		return reflections.stream()
			.map(r -> r.named(names.getOrDefault(r.author(), "Someone no longer here")))
			.toList();
	}

	/** The gatherings the person is invited to or runs, from a while back on. */
	@Transactional(readOnly = true)
	public List<Gathering> of(PersonId person) {
		return store.of(person, clock.instant().minus(LOOK_BACK));
	}

	/** Every gathering from a month back on, for staff. */
	@Transactional(readOnly = true)
	public List<Gathering> all(HearthUser staff) {
		requireStaff(staff, "The list of every training and meeting is for staff.");
		return store.from(clock.instant().minus(Duration.ofDays(31)), 200);
	}

	/** How many trainings the person took part in. */
	@Transactional(readOnly = true)
	public int trainingsCompleted(PersonId person) {
		return store.trainingsCompleted(person);
	}

	/** How many trainings each person took part in; people with none are absent. */
	@Transactional(readOnly = true)
	public Map<PersonId, Integer> trainingsCompletedByEveryone() {
		return store.trainingsCompletedByEveryone();
	}

	/** The names of these people, for a page. */
	@Transactional(readOnly = true)
	public Map<PersonId, String> namesOf(Collection<PersonId> people) {
		return accounts.namesOf(people);
	}

	/** Everyone who may run a gathering: serving lead volunteers and staff, by name. */
	@Transactional(readOnly = true)
	public List<Host> hosts() {
		var hosts = new ArrayList<Host>();
		var seen = new HashSet<PersonId>();
		leads.all()
			.stream()
			.filter(LeadProfile::serving)
			.filter(lead -> seen.add(lead.lead()))
			.forEach(lead -> hosts.add(new Host(lead.lead(), lead.name() + " (lead volunteer)")));
		accounts.search(Role.STAFF, null)
			.stream()
			.filter(person -> person.access() == Access.ACTIVE)
			.forEach(person -> hosts.add(new Host(person.id(), person.displayName() + " (staff)")));
		hosts.sort(java.util.Comparator.comparing(Host::label, String.CASE_INSENSITIVE_ORDER));
		return hosts;
	}

	/** Someone who may run a gathering, as a form offers them. */
	public record Host(PersonId id, String label) {
	}

	private void offerNext(Gathering missed, PersonId person, Instant now) {
		for (Gathering next : store.nextOf(missed.kind(), missed.series(), missed.audience().program(), now)) {
			if (next.id().equals(missed.id())) {
				continue;
			}
			offer(next, missed, person, now);
			return;
		}
	}

	/**
	 * Offers {@code next} to the people who missed one of its kind and were not offered
	 * another.
	 */
	private Set<PersonId> offerToThoseWhoMissed(Gathering next, Instant now) {
		Set<PersonId> offered = new HashSet<>();
		for (GatheringStore.Missed missed : store.missedWithoutOffer(next.kind(), next.audience().program(),
				now.minus(OFFER_MISSED_WITHIN), now)) {
			if (offered.add(missed.person())) {
				store.find(missed.gathering()).ifPresent(gathering -> offer(next, gathering, missed.person(), now));
			}
		}
		return offered;
	}

	private void offer(Gathering next, Gathering missed, PersonId person, Instant now) {
		store.save(next.id(), next.offer(person, missed.id(), now));
		missed.nextOffered(person);
		missed.invitationOf(person).ifPresent(invitation -> store.save(missed.id(), invitation));
		notifications.notify(new Notification(person, Topic.RHYTHM, Urgency.ROUTINE,
				"We missed you at the " + missed.kind().noun() + " “" + missed.title() + "”",
				"We missed you at the " + missed.kind().noun() + " “" + missed.title() + "” on " + missed.day()
						+ ". We hope all is well. The next one is on " + next.when() + ", and you're warmly invited. "
						+ where(next) + " Let us know whether you can come.",
				"/gatherings/" + next.id()));
	}

	private Set<PersonId> audience(GatheringPlan plan) {
		Audience audience = plan.audience();
		var people = new LinkedHashSet<PersonId>();
		if (audience.volunteers()) {
			enrolments.list(EnrolmentState.ACTIVE)
				.stream()
				.filter(e -> audience.program() == null || e.program().equals(audience.program()))
				.forEach(e -> people.add(e.volunteer()));
		}
		if (audience.leads()) {
			leads.all()
				.stream()
				.filter(LeadProfile::serving)
				.filter(lead -> audience.program() == null || lead.program().equals(audience.program()))
				.forEach(lead -> people.add(lead.lead()));
		}
		if (audience.staff()) {
			accounts.search(Role.STAFF, null)
				.stream()
				.filter(person -> person.access() == Access.ACTIVE)
				.forEach(person -> people.add(person.id()));
		}
		if (plan.host() != null) {
			people.add(plan.host());
		}
		return people;
	}

	private void checkHostAndProgram(GatheringPlan plan) {
		if (plan.host() != null && accounts.find(plan.host())
			.filter(p -> p.role().compareTo(Role.LEAD) >= 0 && p.access() == Access.ACTIVE)
			.isEmpty()) {
			throw new RequestRefused("host",
					"Choose a lead volunteer or staff member to run it, or leave it to staff.");
		}
		if (plan.audience() != null && plan.audience().program() != null
				&& catalog.program(plan.audience().program()).isEmpty()) {
			throw new RequestRefused("program", "Choose one of the programs listed, or every program.");
		}
	}

	private static String where(Gathering gathering) {
		return gathering.venue().online() ? "It's online: " + gathering.venue().link() + "."
				: "It's at " + gathering.venue().place() + ".";
	}

	private static void requireStaff(HearthUser user, String message) {
		if (!isStaff(user)) {
			throw new RequestRefused(message);
		}
	}

	static boolean isStaff(HearthUser user) {
		return user.role().compareTo(Role.STAFF) >= 0;
	}

}
