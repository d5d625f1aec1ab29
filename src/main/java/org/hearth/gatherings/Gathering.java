package org.hearth.gatherings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;

/**
 * A training or lead meeting: when and where, for whom, who runs it, and each invited
 * person's answer and attendance. Answers close when it begins; attendance opens then,
 * and may be corrected later; a cancelled one takes neither. Changes by staff or the host
 * carry the version they saw, so two people taking attendance at once cannot overwrite
 * each other.
 */
public final class Gathering {

	/** The parts of a plan, an answer or an attendance list this gathering refuses. */
	public enum Part implements RequestRefused.Part {

		TITLE, DESCRIPTION, DAY, START, TIME_ZONE, LENGTH, REPEATS, AUDIENCE, ANSWER, PRESENT

	}

	static final int LONGEST_TITLE = 150;

	static final int LONGEST_TEXT = 4000;

	static final int SHORTEST_MINUTES = 15;

	static final int LONGEST_MINUTES = 480;

	static final int MOST_MONTHS = 12;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final GatheringId id;

	private final UUID series;

	private final GatheringKind kind;

	private final String title;

	private final String description;

	private final Instant startsAt;

	private final int minutes;

	private final ZoneId zone;

	private final Venue venue;

	private final Audience audience;

	private final PersonId host;

	private final PersonId scheduledBy;

	private final Instant scheduledAt;

	private Instant cancelledAt;

	private Instant attendanceTakenAt;

	private PersonId attendanceTakenBy;

	private final Map<PersonId, Invitation> invitations;

	private final long version;

	Gathering(GatheringId id, UUID series, GatheringKind kind, String title, String description, Instant startsAt,
			int minutes, ZoneId zone, Venue venue, Audience audience, PersonId host, PersonId scheduledBy,
			Instant scheduledAt, Instant cancelledAt, Instant attendanceTakenAt, PersonId attendanceTakenBy,
			Collection<Invitation> invitations, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.series = Objects.requireNonNull(series, "series");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.title = Objects.requireNonNull(title, "title");
		this.description = description == null ? "" : description;
		this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
		this.minutes = minutes;
		this.zone = Objects.requireNonNull(zone, "zone");
		this.venue = Objects.requireNonNull(venue, "venue");
		this.audience = Objects.requireNonNull(audience, "audience");
		this.host = host;
		this.scheduledBy = Objects.requireNonNull(scheduledBy, "scheduledBy");
		this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
		this.cancelledAt = cancelledAt;
		this.attendanceTakenAt = attendanceTakenAt;
		this.attendanceTakenBy = attendanceTakenBy;
		this.invitations = new LinkedHashMap<>();
		invitations.forEach(invitation -> this.invitations.put(invitation.person(), invitation));
		this.version = version;
	}

	/**
	 * The occurrences of a plan still to come: one, or one a month on the same day of the
	 * month (the month's last day when it is shorter), all of one series.
	 */
	public static List<Gathering> schedule(GatheringPlan plan, PersonId by, Instant now) {
		check(plan);
		Instant first = startOf(plan, 0);
		if (!first.isAfter(now)) {
			throw new RequestRefused(Part.DAY, "Choose a day and time still to come.");
		}
		UUID series = UUID.randomUUID();
		var gatherings = new ArrayList<Gathering>();
		for (int i = 0; i < plan.months(); i++) {
			gatherings.add(new Gathering(GatheringId.random(), series, plan.kind(), clean(plan.title()),
					clean(plan.description()), startOf(plan, i), plan.minutes(), plan.zone(), plan.venue(),
					plan.audience(), plan.host(), by, now, null, null, null, List.of(), 0));
		}
		return gatherings;
	}

	/**
	 * A gathering that already took place, written down afterwards (from notes kept
	 * before Hearth, or on paper) so its attendance can be recorded.
	 */
	public static Gathering held(GatheringPlan plan, PersonId by, Instant now) {
		check(plan);
		if (plan.months() != 1) {
			throw new RequestRefused(Part.REPEATS, "Record one past " + plan.kind().noun() + " at a time.");
		}
		Instant start = startOf(plan, 0);
		if (start.plusSeconds(60L * plan.minutes()).isAfter(now)) {
			throw new RequestRefused(Part.DAY,
					"Choose a day and time that has passed, to record what already happened.");
		}
		return new Gathering(GatheringId.random(), UUID.randomUUID(), plan.kind(), clean(plan.title()),
				clean(plan.description()), start, plan.minutes(), plan.zone(), plan.venue(), plan.audience(),
				plan.host(), by, now, null, null, null, List.of(), 0);
	}

	private static void check(GatheringPlan plan) {
		Objects.requireNonNull(plan.kind(), "kind");
		String title = clean(plan.title());
		if (StorableText.looksBlank(title)) {
			throw new RequestRefused(Part.TITLE,
					"Give the " + plan.kind().noun() + " a title, such as “Boundaries in " + "one-to-one support”.");
		}
		if (title.length() > LONGEST_TITLE) {
			throw new RequestRefused(Part.TITLE, "Please keep the title under 150 characters.");
		}
		if (clean(plan.description()).length() > LONGEST_TEXT) {
			throw new RequestRefused(Part.DESCRIPTION, "Please keep the description under 4,000 characters.");
		}
		if (plan.date() == null) {
			throw new RequestRefused(Part.DAY, "Choose the day it takes place.");
		}
		if (plan.time() == null) {
			throw new RequestRefused(Part.START, "Choose the time it starts, such as 18:30.");
		}
		if (plan.zone() == null) {
			throw new RequestRefused(Part.TIME_ZONE, "Choose the time zone the start time is in.");
		}
		if (plan.minutes() < SHORTEST_MINUTES || plan.minutes() > LONGEST_MINUTES) {
			throw new RequestRefused(Part.LENGTH, "Give how long it lasts, from 15 to 480 minutes.");
		}
		if (plan.months() < 1 || plan.months() > MOST_MONTHS) {
			throw new RequestRefused(Part.REPEATS, "Repeat it monthly for 2 to 12 months, or choose once.");
		}
		Objects.requireNonNull(plan.venue(), "venue");
		if (plan.audience() == null || !plan.audience().anyone()) {
			throw new RequestRefused(Part.AUDIENCE, "Choose whom to invite: volunteers, lead volunteers or staff.");
		}
		if (plan.kind() == GatheringKind.LEAD_MEETING && plan.audience().volunteers()) {
			throw new RequestRefused(Part.AUDIENCE,
					"A lead meeting is for lead volunteers and staff, so its reflections "
							+ "stay among them. Untick volunteers, or schedule a training instead.");
		}
	}

	private static Instant startOf(GatheringPlan plan, int month) {
		return ZonedDateTime.of(plan.date().plusMonths(month), plan.time(), plan.zone()).toInstant();
	}

	private static String clean(String text) {
		return text == null ? "" : StorableText.clean(text).strip();
	}

	/**
	 * Invites these people, each once: the ones not invited yet are returned. An
	 * invitation offered after a missed gathering names it.
	 */
	List<PersonId> invite(Collection<PersonId> people, GatheringId offeredAfter, Instant now) {
		if (cancelled()) {
			throw new RequestRefused("This " + kind.noun() + " was cancelled, so nobody more can be invited.");
		}
		var added = new ArrayList<PersonId>();
		for (PersonId person : people) {
			if (!invitations.containsKey(person)) {
				invitations.put(person, Invitation.of(person, offeredAfter, now));
				added.add(person);
			}
		}
		return added;
	}

	/**
	 * The invited person says whether they will come; they may change their mind until it
	 * begins.
	 */
	public Invitation answer(PersonId person, Answer answer, Instant now) {
		Invitation invitation = invitations.get(person);
		if (invitation == null) {
			throw new RequestRefused(
					"You are not invited to this " + kind.noun() + ". If you think you should be, please ask staff.");
		}
		if (answer == null) {
			throw new RequestRefused(Part.ANSWER, "Choose yes, no or maybe.");
		}
		if (cancelled()) {
			throw new RequestRefused("This " + kind.noun() + " was cancelled, so there is nothing to answer.");
		}
		if (!now.isBefore(startsAt)) {
			throw new RequestRefused("This " + kind.noun() + " has begun, so answers are closed. If you were there, "
					+ "whoever ran it marks you as having taken part.");
		}
		Invitation answered = invitation.answered(answer, now);
		invitations.put(person, answered);
		return answered;
	}

	/**
	 * Records who took part: everyone invited and in {@code present} took part, every
	 * other invited person missed it. It opens when the gathering begins and may be taken
	 * again to correct it.
	 */
	public AttendanceChange takeAttendance(long expectedVersion, Set<PersonId> present, PersonId by, Instant now) {
		if (expectedVersion != version) {
			throw new RequestRefused("Someone changed this " + kind.noun()
					+ " meanwhile, perhaps taking attendance too; look at it again and then make your change.");
		}
		if (cancelled()) {
			throw new RequestRefused("This " + kind.noun() + " was cancelled, so there is no attendance to take.");
		}
		if (now.isBefore(startsAt)) {
			throw new RequestRefused("Attendance opens when the " + kind.noun() + " begins, on " + when() + ".");
		}
		for (PersonId person : present) {
			if (!invitations.containsKey(person)) {
				throw new RequestRefused(Part.PRESENT, "Only people invited can be marked as having taken part. "
						+ "Reload the page to see who is invited now.");
			}
		}
		var attended = new ArrayList<PersonId>();
		var missed = new ArrayList<PersonId>();
		var corrected = new ArrayList<PersonId>();
		for (Invitation invitation : List.copyOf(invitations.values())) {
			PersonId person = invitation.person();
			Attendance marked = present.contains(person) ? Attendance.ATTENDED : Attendance.ABSENT;
			if (invitation.attendance() == marked) {
				continue;
			}
			if (marked == Attendance.ATTENDED) {
				attended.add(person);
			}
			else if (invitation.attendance() == Attendance.ATTENDED) {
				corrected.add(person);
			}
			else {
				missed.add(person);
			}
			invitations.put(person, invitation.marked(marked));
		}
		this.attendanceTakenAt = now;
		this.attendanceTakenBy = Objects.requireNonNull(by, "by");
		return new AttendanceChange(attended, missed, corrected);
	}

	/** What taking attendance changed, for the service record and the offers. */
	public record AttendanceChange(List<PersonId> attended, List<PersonId> missed, List<PersonId> corrected) {
	}

	/**
	 * Offers this gathering to someone who missed an earlier one of its kind: invites
	 * them, or notes the offer on the invitation they have.
	 */
	Invitation offer(PersonId person, GatheringId missed, Instant now) {
		if (cancelled()) {
			throw new RequestRefused("This " + kind.noun() + " was cancelled, so it cannot be offered.");
		}
		Invitation invitation = invitations.get(person);
		Invitation offered = invitation == null ? Invitation.of(person, missed, now)
				: invitation.offeredAfter() == null ? invitation.offeredAfter(missed) : invitation;
		invitations.put(person, offered);
		return offered;
	}

	/** Notes that the next gathering was offered to someone who missed this one. */
	void nextOffered(PersonId person) {
		Invitation invitation = invitations.get(person);
		if (invitation != null && invitation.missed()) {
			invitations.put(person, invitation.withNextOffered());
		}
	}

	/** Staff call it off before it begins; invited people are told. */
	public void cancel(long expectedVersion, Instant now) {
		if (expectedVersion != version) {
			throw new RequestRefused(
					"Someone changed this " + kind.noun() + " meanwhile; look at it again and then make your change.");
		}
		if (cancelled()) {
			throw new RequestRefused("This " + kind.noun() + " is cancelled already.");
		}
		if (!now.isBefore(startsAt)) {
			throw new RequestRefused("This " + kind.noun() + " has begun, so it can no longer be cancelled.");
		}
		this.cancelledAt = now;
	}

	public GatheringId id() {
		return id;
	}

	/**
	 * The series of monthly occurrences this one belongs to (itself alone for one-offs).
	 */
	public UUID series() {
		return series;
	}

	public GatheringKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return startsAt.plusSeconds(60L * minutes);
	}

	public int minutes() {
		return minutes;
	}

	public ZoneId zone() {
		return zone;
	}

	public Venue venue() {
		return venue;
	}

	public Audience audience() {
		return audience;
	}

	/** The lead or staff member who runs it, if staff named one. */
	public Optional<PersonId> host() {
		return Optional.ofNullable(host);
	}

	public PersonId scheduledBy() {
		return scheduledBy;
	}

	public Instant scheduledAt() {
		return scheduledAt;
	}

	public boolean cancelled() {
		return cancelledAt != null;
	}

	public Instant cancelledAt() {
		return cancelledAt;
	}

	public boolean attendanceTaken() {
		return attendanceTakenAt != null;
	}

	public Instant attendanceTakenAt() {
		return attendanceTakenAt;
	}

	public PersonId attendanceTakenBy() {
		return attendanceTakenBy;
	}

	public boolean begun(Instant now) {
		return !now.isBefore(startsAt);
	}

	public boolean upcoming(Instant now) {
		return !cancelled() && now.isBefore(startsAt);
	}

	public List<Invitation> invitations() {
		return List.copyOf(invitations.values());
	}

	public Optional<Invitation> invitationOf(PersonId person) {
		return Optional.ofNullable(invitations.get(person));
	}

	public boolean invited(PersonId person) {
		return invitations.containsKey(person);
	}

	/** How many invited people answered this way. */
	public long answered(Answer answer) {
		return invitations.values().stream().filter(i -> i.answer() == answer).count();
	}

	/** How many took part, once attendance is taken. */
	public long tookPart() {
		return invitations.values().stream().filter(Invitation::attended).count();
	}

	public long version() {
		return version;
	}

	/** "Tuesday 8 December 2026, 18:00–19:30 (Europe/Oslo)". */
	public String when() {
		ZonedDateTime start = startsAt.atZone(zone);
		ZonedDateTime end = endsAt().atZone(zone);
		String day = DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
		if (!end.toLocalDate().equals(start.toLocalDate())) {
			day = DAY.format(start) + ", " + TIME.format(start) + " to " + DAY.format(end) + ", " + TIME.format(end);
		}
		return day + " (" + zone.getId() + ")";
	}

	/** "8 December 2026", for a line of a record. */
	public String day() {
		return DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).format(startsAt.atZone(zone));
	}

	/** "Training “Boundaries”". */
	public String named() {
		return kind.label() + " “" + title + "”";
	}

}
