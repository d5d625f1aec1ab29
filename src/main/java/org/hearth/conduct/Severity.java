package org.hearth.conduct;

/**
 * How urgently a case needs a person's attention; the queue shows the most severe first.
 */
public enum Severity {

	LOW, MEDIUM, HIGH, CRITICAL;

	public Severity atLeast(Severity other) {
		return compareTo(other) >= 0 ? this : other;
	}

	/** Reads a screening severity; anything unknown counts as {@link #MEDIUM}. */
	public static Severity fromScreening(String severity) {
		for (Severity value : values()) {
			if (value.name().equalsIgnoreCase(severity)) {
				return value;
			}
		}
		return MEDIUM;
	}

}
