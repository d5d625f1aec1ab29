package org.hearth.gatherings;

import org.springframework.modulith.NamedInterface;

/** Whether an invited person took part, once attendance is taken. */
@NamedInterface("web")
public enum Attendance {

	ATTENDED("Took part"), ABSENT("Missed it");

	private final String label;

	Attendance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
