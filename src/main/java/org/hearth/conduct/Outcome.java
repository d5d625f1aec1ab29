package org.hearth.conduct;

/**
 * The outcomes the Code allows, from no action to permanent removal, with the plain words
 * the volunteer reads about what each means for them.
 */
public enum Outcome {

	NO_ACTION("No action", false, "We looked carefully at what was reported and decided that no action is needed."),
	FEEDBACK("Feedback", true,
			"We'd like to share some feedback with you to support your practice; you'll find it in Hearth."),
	WARNING("Warning", false,
			"This is a formal warning. We trust you'll take it to heart; repeated warnings lead to a review of your involvement."),
	REASSESSMENT("Reassessment", true,
			"We'd like to reassess your involvement together; staff will reach out to talk it through with you."),
	SUSPENSION("Suspension", true,
			"Your access to Hearth and the programs is suspended for now. Staff will be in touch about what comes next."),
	DISQUALIFICATION("Disqualification", true,
			"You can no longer serve in your current role. If you'd like, staff can explore other opportunities with you."),
	REMOVAL("Removal", true, "You are removed from your role in the program."), PERMANENT_REMOVAL("Permanent removal",
			true, "Your involvement with the programs has ended permanently, and you will not be able to apply again.");

	private final String label;

	private final boolean onlyForVolunteers;

	private final String meaning;

	Outcome(String label, boolean onlyForVolunteers, String meaning) {
		this.label = label;
		this.onlyForVolunteers = onlyForVolunteers;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	/**
	 * What the outcome means for the volunteer, in the words of the message they receive.
	 */
	public String meaning() {
		return meaning;
	}

	/**
	 * Whether only a case about a volunteer can have this outcome (a member has no role
	 * to lose).
	 */
	public boolean onlyForVolunteers() {
		return onlyForVolunteers;
	}

	/** Whether the volunteer stays without access after this decision. */
	public boolean keepsAccessAway() {
		return this == SUSPENSION || this == REMOVAL || this == PERMANENT_REMOVAL;
	}

}
