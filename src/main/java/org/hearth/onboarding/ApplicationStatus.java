package org.hearth.onboarding;

import org.springframework.modulith.NamedInterface;

/**
 * Where an application stands: submitted, in onboarding, active; or declined, withdrawn,
 * disqualified.
 */
@NamedInterface("web")
public enum ApplicationStatus {

	SUBMITTED("Submitted", "Staff will look at your application soon."),
	ONBOARDING("Onboarding", "Work through the steps below; staff activate you when every one is done."),
	ACTIVE("Active", "You're serving. Thank you."),
	DECLINED("Declined", "Staff decided not to go ahead with this application."),
	WITHDRAWN("Withdrawn", "This application was withdrawn."),
	DISQUALIFIED("Disqualified", "A requirement of this role could not be met.");

	private final String label;

	private final String meaning;

	ApplicationStatus(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}

	/** Whether the application is still going somewhere. */
	public boolean open() {
		return this == SUBMITTED || this == ONBOARDING;
	}

}
