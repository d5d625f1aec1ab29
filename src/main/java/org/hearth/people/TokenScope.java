package org.hearth.people;

/**
 * What an API token may do. A personal token acts as its owner, with their current role;
 * an integration token may only screen messages, whatever its owner's role, and stops
 * working when its owner is no longer staff.
 */
public enum TokenScope {

	PERSONAL("Personal: acts as you, with your role"), SCREENING("Integration: may only screen messages");

	/** The authority an integration token signs in with, instead of any role. */
	public static final String SCREENING_AUTHORITY = "SCOPE_screening";

	private final String label;

	TokenScope(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
