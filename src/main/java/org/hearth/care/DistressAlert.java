package org.hearth.care;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * A volunteer who may be struggling: why Hearth thinks so, whom it alerted, and, once
 * someone reached out to them, who and when.
 */
public record DistressAlert(DistressId id, PersonId volunteer, String volunteerName, PersonId lead, String leadName,
		Reason reason, Instant raisedAt, PersonId reachedOutBy, String reachedOutByName, Instant reachedOutAt,
		String note, long version) {

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

	public boolean open() {
		return reachedOutAt == null;
	}

}
