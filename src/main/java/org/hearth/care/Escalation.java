package org.hearth.care;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.hearth.people.PersonId;
import org.hearth.screening.Severity;
import org.hearth.shared.RequestRefused;

/**
 * A community member who may be in danger, from the first alert to what was done: who was
 * alerted (the rung of the ladder), who acknowledged, and the outcome. The alert climbs
 * the ladder while nobody acknowledges it.
 */
public final class Escalation {

	/** The parts of an outcome it refuses. */
	public enum Part implements RequestRefused.Part {

		OUTCOME, NOTE

	}

	/** What opened it. */
	public enum Trigger {

		SCREENING("Screening noticed a crisis in the member's message"),
		REPORT("A report said the member may be at risk"),
		VOLUNTEER_CONCERN("A volunteer said the member may be in danger");

		private final String label;

		Trigger(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Where it stands. */
	public enum Status {

		OPEN, ACKNOWLEDGED, CLOSED

	}

	/** Who is alerted, one rung after another while nobody acknowledges. */
	public enum Rung {

		ON_DUTY("The facilitator or lead on duty"), STAFF("Staff"), ADMINS("Admins");

		private final String label;

		Rung(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** The next rung, or this one at the top. */
		public Rung next() {
			return this == ADMINS ? ADMINS : values()[ordinal() + 1];
		}

	}

	/** What was done for the member. */
	public enum Outcome {

		RESOURCES_SHARED("Crisis resources shared"), HANDED_TO_PROFESSIONALS("Handed to professionals"),
		EMERGENCY_SERVICES_CALLED("Emergency services called"), FALSE_ALARM("False alarm");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private final EscalationId id;

	private final long reference;

	private final Trigger trigger;

	private final MemberId member;

	private final PersonId raisedBy;

	private final String summary;

	private final String excerpt;

	private final Severity severity;

	private Status status;

	private Rung rung;

	private Instant rungSince;

	private final Instant openedAt;

	private PersonId acknowledgedBy;

	private Instant acknowledgedAt;

	private Outcome outcome;

	private String outcomeNote;

	private PersonId closedBy;

	private Instant closedAt;

	private int outcomeReminders;

	private Instant remindedAt;

	private final long version;

	Escalation(EscalationId id, long reference, Trigger trigger, MemberId member, PersonId raisedBy, String summary,
			String excerpt, Severity severity, Status status, Rung rung, Instant rungSince, Instant openedAt,
			PersonId acknowledgedBy, Instant acknowledgedAt, Outcome outcome, String outcomeNote, PersonId closedBy,
			Instant closedAt, int outcomeReminders, Instant remindedAt, long version) {
		this.id = Objects.requireNonNull(id);
		this.reference = reference;
		this.trigger = Objects.requireNonNull(trigger);
		this.member = Objects.requireNonNull(member);
		this.raisedBy = raisedBy;
		this.summary = Objects.requireNonNull(summary);
		this.excerpt = excerpt;
		this.severity = Objects.requireNonNull(severity);
		this.status = status;
		this.rung = rung;
		this.rungSince = rungSince;
		this.openedAt = openedAt;
		this.acknowledgedBy = acknowledgedBy;
		this.acknowledgedAt = acknowledgedAt;
		this.outcome = outcome;
		this.outcomeNote = outcomeNote;
		this.closedBy = closedBy;
		this.closedAt = closedAt;
		this.outcomeReminders = outcomeReminders;
		this.remindedAt = remindedAt;
		this.version = version;
	}

	static Escalation open(Trigger trigger, MemberId member, PersonId raisedBy, String summary, String excerpt,
			Severity severity, Instant now) {
		return new Escalation(EscalationId.random(), 0, trigger, member, raisedBy, summary, excerpt, severity,
				Status.OPEN, Rung.ON_DUTY, now, now, null, null, null, null, null, null, 0, null, 0);
	}

	/** A plan, the means or a goodbye: staff are alerted at once as well. */
	public boolean critical() {
		return severity == Severity.CRITICAL;
	}

	/** Nobody was on duty: the alert starts with staff. */
	void startWith(Rung first, Instant now) {
		rung = first;
		rungSince = now;
	}

	/** Whether it waited too long for an acknowledgement on its rung. */
	public boolean overdue(Instant now, Duration acknowledgeWithin) {
		return status == Status.OPEN && rung != Rung.ADMINS && !rungSince.plus(acknowledgeWithin).isAfter(now);
	}

	/** Nobody acknowledged in time: the next rung is alerted. */
	Rung climb(Instant now) {
		if (status != Status.OPEN) {
			throw new IllegalStateException("Only an unacknowledged escalation climbs the ladder");
		}
		rung = rung.next();
		rungSince = now;
		return rung;
	}

	/** Who is chased when an acknowledged escalation waits too long for its outcome. */
	public enum Reminded {

		/** The person who acknowledged it. */
		ACKNOWLEDGER,

		/** Staff, once the person who has it was reminded and still nothing came. */
		STAFF

	}

	/** The outcome is overdue: the next one in line is reminded. */
	Reminded remindOfOutcome(Instant now) {
		if (status != Status.ACKNOWLEDGED || outcomeReminders >= Reminded.values().length) {
			throw new IllegalStateException("Only an acknowledged escalation without an outcome is chased");
		}
		Reminded who = Reminded.values()[outcomeReminders];
		outcomeReminders++;
		remindedAt = now;
		return who;
	}

	/** Someone has it: the ladder stops here. */
	void acknowledge(PersonId by, Instant now) {
		if (status != Status.OPEN) {
			throw new RequestRefused("Someone already acknowledged this alert.");
		}
		status = Status.ACKNOWLEDGED;
		acknowledgedBy = by;
		acknowledgedAt = now;
	}

	/** What was done; an unacknowledged alert is acknowledged by recording it. */
	void recordOutcome(Outcome what, String note, PersonId by, Instant now) {
		if (status == Status.CLOSED) {
			throw new RequestRefused("Someone already recorded the outcome of this alert; it is shown above.");
		}
		if (what == null) {
			throw new RequestRefused(Part.OUTCOME, "Choose what was done.");
		}
		String text = CrisisResource.blankToNull(note);
		if (text != null && text.length() > 4000) {
			throw new RequestRefused(Part.NOTE, "Please keep the note under 4,000 characters.");
		}
		if (status == Status.OPEN) {
			acknowledge(by, now);
		}
		status = Status.CLOSED;
		outcome = what;
		outcomeNote = text;
		closedBy = by;
		closedAt = now;
	}

	public EscalationId id() {
		return id;
	}

	public long reference() {
		return reference;
	}

	public Trigger trigger() {
		return trigger;
	}

	public MemberId member() {
		return member;
	}

	public PersonId raisedBy() {
		return raisedBy;
	}

	public String summary() {
		return summary;
	}

	public String excerpt() {
		return excerpt;
	}

	public Severity severity() {
		return severity;
	}

	public Status status() {
		return status;
	}

	public Rung rung() {
		return rung;
	}

	public Instant rungSince() {
		return rungSince;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public PersonId acknowledgedBy() {
		return acknowledgedBy;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public Outcome outcome() {
		return outcome;
	}

	public String outcomeNote() {
		return outcomeNote;
	}

	public PersonId closedBy() {
		return closedBy;
	}

	public Instant closedAt() {
		return closedAt;
	}

	/** How many reminders about a missing outcome were sent. */
	public int outcomeReminders() {
		return outcomeReminders;
	}

	public Instant remindedAt() {
		return remindedAt;
	}

	public long version() {
		return version;
	}

}
