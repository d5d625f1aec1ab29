package org.hearth.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;
import org.hearth.programs.Commitment;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRoleId;

/**
 * A volunteer serving in a program role under the commitment they made. It guards its own
 * transitions: it is active or paused only with a lead volunteer, it pauses only until a
 * date, and once withdrawn or removed it stays so.
 */
public final class Enrolment {

	/** The longest pause a volunteer can take by themselves. */
	static final int LONGEST_PAUSE_MONTHS = 6;

	/**
	 * How long before the commitment ends the volunteer is asked to renew or wind down.
	 */
	static final int PROMPT_DAYS_BEFORE_END = 30;

	private final EnrolmentId id;

	private final PersonId volunteer;

	private final UUID applicationId;

	private final ProgramId program;

	private final ProgramRoleId role;

	private final Commitment commitment;

	private final List<String> languages;

	private final String timeZone;

	private final LocalDate startedOn;

	private EnrolmentState state;

	private PersonId lead;

	private LocalDate commitmentEndsOn;

	private LocalDate pausedUntil;

	private String endReason;

	private Instant endedAt;

	private final long version;

	Enrolment(EnrolmentId id, PersonId volunteer, UUID applicationId, ProgramId program, ProgramRoleId role,
			Commitment commitment, List<String> languages, String timeZone, LocalDate startedOn, EnrolmentState state,
			PersonId lead, LocalDate commitmentEndsOn, LocalDate pausedUntil, String endReason, Instant endedAt,
			long version) {
		this.id = id;
		this.volunteer = volunteer;
		this.applicationId = applicationId;
		this.program = program;
		this.role = role;
		this.commitment = commitment;
		this.languages = List.copyOf(languages);
		this.timeZone = timeZone;
		this.startedOn = startedOn;
		this.state = state;
		this.lead = lead;
		this.commitmentEndsOn = commitmentEndsOn;
		this.pausedUntil = pausedUntil;
		this.endReason = endReason;
		this.endedAt = endedAt;
		this.version = version;
	}

	/** What of a change a refusal is about: the lead chosen, or the day a pause ends. */
	public enum Part implements RequestRefused.Part {

		LEAD, PAUSE_END

	}

	/** Starts service with a lead volunteer; there is no active volunteer without one. */
	public static Enrolment activate(NewEnrolment request, PersonId lead, LocalDate today) {
		if (lead == null) {
			throw new RequestRefused(Part.LEAD, "Choose the lead volunteer who will accompany this volunteer.");
		}
		if (lead.equals(request.volunteer())) {
			throw new RequestRefused(Part.LEAD, "A volunteer cannot be their own lead.");
		}
		return new Enrolment(new EnrolmentId(UUID.randomUUID()), request.volunteer(), request.applicationId(),
				request.program(), request.role(), request.commitment(), request.languages(), request.timeZone(), today,
				EnrolmentState.ACTIVE, lead, today.plusMonths(request.commitment().months()), null, null, null, 0);
	}

	/** Pauses service until a date, at most six months ahead. */
	public void pause(LocalDate until, LocalDate today) {
		if (state != EnrolmentState.ACTIVE) {
			throw new RequestRefused(Part.PAUSE_END,
					"Only active service can be paused; this enrolment is " + state.label().toLowerCase() + ".");
		}
		if (until == null || !until.isAfter(today)) {
			throw new RequestRefused(Part.PAUSE_END, "Choose a day after today for your pause to end.");
		}
		if (until.isAfter(today.plusMonths(LONGEST_PAUSE_MONTHS))) {
			throw new RequestRefused(Part.PAUSE_END,
					"A pause can last up to six months. For longer, talk with staff about stepping back.");
		}
		this.state = EnrolmentState.PAUSED;
		this.pausedUntil = until;
	}

	/** Resumes paused service, on the volunteer's own word or after a reminder. */
	public void resume() {
		if (state != EnrolmentState.PAUSED) {
			throw new RequestRefused("This enrolment is not paused.");
		}
		this.state = EnrolmentState.ACTIVE;
		this.pausedUntil = null;
	}

	/** Connects the volunteer to another lead; returns the lead before. */
	public PersonId reassign(PersonId newLead) {
		if (!state.inService()) {
			throw new RequestRefused(Part.LEAD, "Only a volunteer in service has a lead.");
		}
		if (newLead == null || newLead.equals(volunteer)) {
			throw new RequestRefused(Part.LEAD, "Choose another person as lead volunteer.");
		}
		if (newLead.equals(lead)) {
			throw new RequestRefused(Part.LEAD, "This is already the volunteer's lead.");
		}
		PersonId before = lead;
		this.lead = newLead;
		return before;
	}

	/** Extends the commitment by its length once more; asked for near its end. */
	public void renew(LocalDate today) {
		if (!state.inService()) {
			throw new RequestRefused("Only a volunteer in service can renew their commitment.");
		}
		if (!commitmentEndingBy(today)) {
			throw new RequestRefused("You can renew in the last " + PROMPT_DAYS_BEFORE_END
					+ " days of your commitment, from " + commitmentEndsOn.minusDays(PROMPT_DAYS_BEFORE_END) + ".");
		}
		LocalDate from = commitmentEndsOn.isBefore(today) ? today : commitmentEndsOn;
		this.commitmentEndsOn = from.plusMonths(commitment.months());
	}

	/**
	 * Ends service at the volunteer's wish (winding down at the end of a commitment, or a
	 * withdrawal).
	 */
	public void withdraw(String reason, Instant now) {
		if (!state.inService()) {
			throw new RequestRefused("This enrolment has already ended.");
		}
		this.state = EnrolmentState.WITHDRAWN;
		this.pausedUntil = null;
		this.endReason = reason == null || reason.isBlank() ? "Withdrew" : reason.strip();
		this.endedAt = now;
	}

	/**
	 * Ends service because the person's access was removed permanently; returns whether
	 * anything changed.
	 */
	public boolean remove(String reason, Instant now) {
		if (state == EnrolmentState.REMOVED) {
			return false;
		}
		this.state = EnrolmentState.REMOVED;
		this.pausedUntil = null;
		this.endReason = reason;
		this.endedAt = endedAt == null ? now : endedAt;
		return true;
	}

	/**
	 * Whether the end of the commitment is near (or past) so the volunteer should choose
	 * to renew or wind down.
	 */
	public boolean commitmentEndingBy(LocalDate today) {
		return state.inService() && !today.isBefore(commitmentEndsOn.minusDays(PROMPT_DAYS_BEFORE_END));
	}

	/** Whether a paused volunteer's pause has reached its end date. */
	public boolean pauseEndedBy(LocalDate today) {
		return state == EnrolmentState.PAUSED && !today.isBefore(pausedUntil);
	}

	public EnrolmentId id() {
		return id;
	}

	public PersonId volunteer() {
		return volunteer;
	}

	public UUID applicationId() {
		return applicationId;
	}

	public ProgramId program() {
		return program;
	}

	public ProgramRoleId role() {
		return role;
	}

	public Commitment commitment() {
		return commitment;
	}

	public List<String> languages() {
		return languages;
	}

	public String timeZone() {
		return timeZone;
	}

	public LocalDate startedOn() {
		return startedOn;
	}

	public EnrolmentState state() {
		return state;
	}

	public PersonId lead() {
		return lead;
	}

	public LocalDate commitmentEndsOn() {
		return commitmentEndsOn;
	}

	public LocalDate pausedUntil() {
		return pausedUntil;
	}

	public String endReason() {
		return endReason;
	}

	public Instant endedAt() {
		return endedAt;
	}

	public long version() {
		return version;
	}

}
