package org.hearth.gatherings;

/**
 * What people gather for: a training, monthly for every volunteer, or a lead meeting,
 * monthly for lead volunteers and staff.
 */
public enum GatheringKind {

	TRAINING("Training", "training"), LEAD_MEETING("Lead meeting", "lead meeting");

	private final String label;

	private final String noun;

	GatheringKind(String label, String noun) {
		this.label = label;
		this.noun = noun;
	}

	/** "Lead meeting", at the start of a line. */
	public String label() {
		return label;
	}

	/** "lead meeting", within a sentence. */
	public String noun() {
		return noun;
	}

}
