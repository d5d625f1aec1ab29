package org.hearth.onboarding;

/** A background check's result as providers report it. */
public enum BackgroundCheckStatus {

	PENDING("Pending"), CLEAR("Clear"), CONSIDER("Consider: staff review"), FAILED("Failed");

	private final String label;

	BackgroundCheckStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
