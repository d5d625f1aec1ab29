package org.hearth.volunteering;

/**
 * Where an enrolment stands: serving, paused for a while, or ended by withdrawal or
 * removal.
 */
public enum EnrolmentState {

	ACTIVE("Active"), PAUSED("Paused"), WITHDRAWN("Withdrawn"), REMOVED("Removed");

	private final String label;

	EnrolmentState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the volunteer is still in service (and so has a lead). */
	public boolean inService() {
		return this == ACTIVE || this == PAUSED;
	}

}
