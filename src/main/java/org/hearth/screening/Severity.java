package org.hearth.screening;

/**
 * How serious a single finding is, from a passing rudeness to a risk to someone's life.
 */
public enum Severity {

	LOW, MEDIUM, HIGH, CRITICAL

}
