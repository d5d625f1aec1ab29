package org.hearth.onboarding;

import org.springframework.modulith.NamedInterface;

/**
 * One line of an onboarding checklist: a requirement of the role and where the person
 * stands.
 *
 * @param kind {@code course}, {@code background-check}, {@code policy} or
 * {@code minimum-age}
 * @param name what the requirement is about, such as a course name or policy key
 * @param detail in plain words, for the applicant and staff
 */
@NamedInterface("web")
public record RequirementCheck(String kind, String name, Outcome outcome, String detail) {

	/** Met, not yet met, or failed (which can disqualify). */
	public enum Outcome {

		MET, MISSING, FAILED

	}

	public boolean met() {
		return outcome == Outcome.MET;
	}

}
