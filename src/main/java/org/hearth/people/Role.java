package org.hearth.people;

/** What a person does in the organisation; each role includes the ones below it. */
public enum Role {

	APPLICANT("Applicant"), VOLUNTEER("Volunteer"), LEAD("Lead volunteer"), STAFF("Staff"), ADMIN("Admin");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
