package org.hearth.care;

import java.time.Instant;

import org.hearth.people.PersonId;
import org.hearth.screening.Severity;

import org.springframework.modulith.NamedInterface;

/**
 * A volunteer who may be struggling: why Hearth thinks so, whom it alerted, and, once
 * someone reached out to them, who and when. The severity and words are there when
 * screening noticed it in their own message, and {@code null} otherwise.
 */
@NamedInterface("web")
public record DistressAlert(DistressId id, PersonId volunteer, String volunteerName, PersonId lead, String leadName,
		Reason reason, Instant raisedAt, PersonId reachedOutBy, String reachedOutByName, Instant reachedOutAt,
		String note, long version, Severity severity, String excerpt) {

	/** Why the volunteer may be struggling. */
	public enum Reason {

		OWN_CRISIS_MESSAGE("Screening noticed a crisis in a message they wrote"),
		NOT_SAFE_ON_DEBRIEF("They said they don't feel safe when asking for a debrief");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Whether the volunteer spoke of a plan, the means or a goodbye: someone contacts
	 * them now, not later today.
	 */
	public boolean critical() {
		return severity == Severity.CRITICAL;
	}

	public boolean open() {
		return reachedOutAt == null;
	}

}
