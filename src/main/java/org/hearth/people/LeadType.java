package org.hearth.people;

/** The kinds of lead volunteer the Code of Conduct names. */
public enum LeadType {

	MODERATOR("Platform Moderator"), MATCH_EXPERIENCE_AMBASSADOR("Match Experience Ambassador"),
	SWAT_FACILITATOR("SWAT Facilitator");

	private final String label;

	LeadType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
