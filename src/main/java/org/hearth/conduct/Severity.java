package org.hearth.conduct;

/**
 * How urgently a case needs a person's attention; the queue shows the most severe first.
 */
public enum Severity {

	LOW, MEDIUM, HIGH, CRITICAL;

	public Severity atLeast(Severity other) {
		return compareTo(other) >= 0 ? this : other;
	}

	/** The desk's urgency for a severity screening found. */
	public static Severity of(org.hearth.screening.Severity severity) {
		return switch (severity) {
			case LOW -> LOW;
			case MEDIUM -> MEDIUM;
			case HIGH -> HIGH;
			case CRITICAL -> CRITICAL;
		};
	}

}
