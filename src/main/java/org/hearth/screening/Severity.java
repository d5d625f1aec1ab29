package org.hearth.screening;

/**
 * How serious something is, from a passing rudeness to a risk to someone's life: a single
 * finding of screening, an escalation of care, and how urgently a conduct case needs a
 * person's attention (the desk's queue shows the most severe first).
 */
public enum Severity {

	LOW, MEDIUM, HIGH, CRITICAL;

	/**
	 * The name screening's JSON answers use, in the command line and the API alike:
	 * {@code low}, {@code medium}, {@code high} or {@code critical}.
	 */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The more severe of this and {@code other}. */
	public Severity atLeast(Severity other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
