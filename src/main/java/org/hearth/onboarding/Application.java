package org.hearth.onboarding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;
import org.hearth.onboarding.ActivationDecision.Allowed;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.people.PersonId;
import org.hearth.programs.Commitment;
import org.hearth.programs.ProgramRoleId;

/**
 * A person's application to serve in a program role, with the commitment they offer. It
 * moves from submitted to onboarding to active, or ends declined, withdrawn or
 * disqualified, and guards each step itself.
 */
public final class Application {

	/** The part of a decision on an application it refuses. */
	public enum Part implements RequestRefused.Part {

		REASON

	}

	private final ApplicationId id;

	private final PersonId applicant;

	private final ProgramRoleId role;

	private final Commitment commitment;

	private final String availability;

	private final List<String> languages;

	private final String timeZone;

	private final String motivation;

	private Boolean ageConfirmed;

	private ApplicationStatus status;

	private String statusReason;

	private final Instant submittedAt;

	private Instant decidedAt;

	private final long version;

	Application(ApplicationId id, PersonId applicant, ProgramRoleId role, Commitment commitment, String availability,
			List<String> languages, String timeZone, String motivation, Boolean ageConfirmed, ApplicationStatus status,
			String statusReason, Instant submittedAt, Instant decidedAt, long version) {
		this.id = id;
		this.applicant = applicant;
		this.role = role;
		this.commitment = commitment;
		this.availability = availability;
		this.languages = List.copyOf(languages);
		this.timeZone = timeZone;
		this.motivation = motivation;
		this.ageConfirmed = ageConfirmed;
		this.status = status;
		this.statusReason = statusReason;
		this.submittedAt = submittedAt;
		this.decidedAt = decidedAt;
		this.version = version;
	}

	/** A new application; it says when, how often, in which languages and why. */
	public static Application submit(PersonId applicant, ProgramRoleId role, Commitment commitment, String availability,
			List<String> languages, String timeZone, String motivation, Instant now) {
		Map<String, String> problems = problems(availability, languages, motivation);
		if (!problems.isEmpty()) {
			throw new RequestRefused(problems);
		}
		return new Application(new ApplicationId(UUID.randomUUID()), applicant, role, commitment, availability.strip(),
				languages, timeZone, motivation.strip(), null, ApplicationStatus.SUBMITTED, null, now, null, 0);
	}

	/**
	 * What is wrong with what an applicant wrote, each field with its message, so that
	 * one answer names every problem; empty when nothing is. Text that shows nothing
	 * (invisible characters only) is refused like empty text.
	 */
	public static Map<String, String> problems(String availability, List<String> languages, String motivation) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (StorableText.looksBlank(availability)) {
			problems.put("availability", "Tell us when you're usually available, for example \"weekday evenings\".");
		}
		else if (availability.strip().length() > 1000) {
			problems.put("availability", "Keep this to 1000 characters.");
		}
		if (languages == null || languages.isEmpty()) {
			problems.put("languages", "Name at least one language you can support people in.");
		}
		if (StorableText.looksBlank(motivation)) {
			problems.put("motivation", "Tell us a little about why you'd like to serve.");
		}
		else if (motivation.strip().length() > 4000) {
			problems.put("motivation", "Keep this to 4000 characters.");
		}
		return problems;
	}

	/** Staff accept the application into onboarding. */
	public void accept(Instant now) {
		requireStatus(ApplicationStatus.SUBMITTED, "accepted into onboarding");
		this.status = ApplicationStatus.ONBOARDING;
		this.decidedAt = now;
	}

	/** Staff decline, with a reason the applicant reads. */
	public void decline(String reason, Instant now) {
		requireOpen("declined");
		if (reason == null || reason.isBlank()) {
			throw new RequestRefused(Part.REASON, "Give the applicant a reason; they will read it.");
		}
		end(ApplicationStatus.DECLINED, reason.strip(), now);
	}

	/** The applicant withdraws, or the application ends with their access. */
	public void withdraw(String reason, Instant now) {
		requireOpen("withdrawn");
		end(ApplicationStatus.WITHDRAWN,
				reason == null || reason.isBlank() ? "Withdrawn by the applicant" : reason.strip(), now);
	}

	/**
	 * Staff disqualify because a requirement failed; only a failed requirement can
	 * disqualify.
	 */
	public void disqualify(ActivationDecision decision, Instant now) {
		requireOpen("disqualified");
		if (!(decision instanceof Refused refused) || refused.failed().isEmpty()) {
			throw new RequestRefused(
					"Only a failed requirement can disqualify; nothing has failed for this application.");
		}
		end(ApplicationStatus.DISQUALIFIED, String.join("; ", refused.failed()), now);
	}

	/**
	 * Activates when the activation policy allows it; otherwise refuses with what is
	 * missing.
	 */
	public void activate(ActivationDecision decision, Instant now) {
		requireStatus(ApplicationStatus.ONBOARDING, "activated");
		if (decision instanceof Refused refused) {
			throw new ActivationRefused(refused.missing());
		}
		if (!(decision instanceof Allowed)) {
			throw new IllegalStateException("Unknown activation decision " + decision);
		}
		this.status = ApplicationStatus.ACTIVE;
		this.decidedAt = now;
	}

	/** The applicant answers whether they are of the role's minimum age. */
	public void answerAge(boolean ofAge) {
		requireOpen("changed");
		this.ageConfirmed = ofAge;
	}

	private void end(ApplicationStatus to, String reason, Instant now) {
		this.status = to;
		this.statusReason = reason;
		this.decidedAt = now;
	}

	private void requireOpen(String what) {
		if (!status.open()) {
			throw new RequestRefused(
					"This application is " + status.label().toLowerCase() + ", so it can't be " + what + ".");
		}
	}

	private void requireStatus(ApplicationStatus expected, String what) {
		if (status != expected) {
			throw new RequestRefused(
					"This application is " + status.label().toLowerCase() + ", so it can't be " + what + ".");
		}
	}

	public ApplicationId id() {
		return id;
	}

	public PersonId applicant() {
		return applicant;
	}

	public ProgramRoleId role() {
		return role;
	}

	public Commitment commitment() {
		return commitment;
	}

	public String availability() {
		return availability;
	}

	public List<String> languages() {
		return languages;
	}

	public String timeZone() {
		return timeZone;
	}

	public String motivation() {
		return motivation;
	}

	public Boolean ageConfirmed() {
		return ageConfirmed;
	}

	public ApplicationStatus status() {
		return status;
	}

	public String statusReason() {
		return statusReason;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public long version() {
		return version;
	}

}
