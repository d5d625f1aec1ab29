package org.hearth.conduct;

/** Where a case is: waiting, being reviewed, escalated, appealed, decided or closed. */
public enum CaseStatus {

	UNREVIEWED("Unreviewed"), IN_REVIEW("In review"), ESCALATED("Escalated"), APPEALED("Appealed"), DECIDED("Decided"),
	CLOSED("Closed");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the case still waits for a decision, so new reports join it. */
	public boolean isOpen() {
		return this == UNREVIEWED || this == IN_REVIEW || this == ESCALATED || this == APPEALED;
	}

}
