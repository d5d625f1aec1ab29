package org.hearth.volunteering;

import org.springframework.modulith.NamedInterface;

/** What service is counted in: hours, or sessions (shifts, replies, meetings). */
@NamedInterface("web")
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
