package org.hearth.volunteering;

/** What service is counted in: hours, or sessions (shifts, replies, meetings). */
public enum ServiceUnit {

	HOURS("hours"), SESSIONS("sessions");

	private final String label;

	ServiceUnit(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
