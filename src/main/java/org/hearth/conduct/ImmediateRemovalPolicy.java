package org.hearth.conduct;

import org.hearth.people.Role;

/**
 * The Code's rule that advice to harm oneself means immediate removal. A screening hit on
 * a volunteer's own message, a report by staff, or a report by the lead volunteer who
 * leads (or covers for the lead of) that volunteer suspends the volunteer at once; a
 * report by anyone else, other leads included, opens a critical case for immediate
 * review, so a false report cannot take anyone's access away. A finding of screening's
 * learned tier alone (no rule) opens a critical case for review too: a model's reading is
 * confirmed by a person before it takes anyone's access away.
 */
final class ImmediateRemovalPolicy {

	/** What must happen at once, before any staff member has looked. */
	public sealed interface Measure {

	}

	/** Take the volunteer's access away now and open a critical case. */
	public record SuspendAtOnce(String reason) implements Measure {
	}

	/** Open a critical case for immediate review; nobody's access changes yet. */
	public record ReviewAtOnce(String reason) implements Measure {
	}

	/** Nothing happens before the usual review. */
	public record NoImmediateMeasure() implements Measure {
	}

	/**
	 * Whoever raised the concern: a person with a role, or Hearth's own screening of a
	 * message.
	 */
	public sealed interface Raiser {

	}

	/**
	 * Hearth's screening of a volunteer's own message; {@code learnedTierAlone} says that
	 * no rule found the encouragement, only the learned tier, whose reading a person must
	 * confirm before anyone's access is taken away.
	 */
	public record ScreeningOfVolunteerMessage(boolean learnedTierAlone) implements Raiser {

		/**
		 * A rule's finding (or an admin phrase): the Code's immediate removal applies.
		 */
		public ScreeningOfVolunteerMessage() {
			this(false);
		}

	}

	/**
	 * A person who reported; {@code leadsSubject} says whether they lead (or cover for
	 * the lead of) the volunteer the report is about.
	 */
	public record Reporter(Role role, boolean leadsSubject) implements Raiser {
	}

	public Measure measureFor(ReportCategory category, Subject subject, Raiser raiser) {
		if (category != ReportCategory.SELF_HARM_ENCOURAGEMENT || !subject.isVolunteer()) {
			return new NoImmediateMeasure();
		}
		if (raiser instanceof ScreeningOfVolunteerMessage screening) {
			if (screening.learnedTierAlone()) {
				return new ReviewAtOnce(
						"Only the learned tier (no rule) read encouragement of self-harm in the volunteer's "
								+ "message, so it was held and nobody was suspended: read it now, and suspend from this case if "
								+ "it is encouragement; access stays until staff decide");
			}
			return new SuspendAtOnce("Screening found encouragement of self-harm in the volunteer's own message");
		}
		Role role = ((Reporter) raiser).role();
		if (role.compareTo(Role.STAFF) >= 0) {
			return new SuspendAtOnce("A " + role.label().toLowerCase() + " reported encouragement of self-harm");
		}
		if (role == Role.LEAD && ((Reporter) raiser).leadsSubject()) {
			return new SuspendAtOnce("The volunteer's own lead volunteer reported encouragement of self-harm");
		}
		return new ReviewAtOnce("Reported encouragement of self-harm: review now; access stays until staff decide");
	}

}
