package org.hearth.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person must meet before serving in a role: courses passed, a clear background
 * check that stays valid for some months, policy documents acknowledged at their current
 * version, and a minimum age. Each is optional.
 */
public record Requirements(Set<String> courses, boolean backgroundCheck, Integer backgroundCheckValidityMonths,
		Set<String> policies, Integer minimumAge) {

	public Requirements {
		courses = Set.copyOf(new TreeSet<>(courses == null ? Set.of() : courses));
		policies = Set.copyOf(new TreeSet<>(policies == null ? Set.of() : policies));
		if (backgroundCheck && (backgroundCheckValidityMonths == null || backgroundCheckValidityMonths < 1
				|| backgroundCheckValidityMonths > 120)) {
			throw new IllegalArgumentException("A background check needs a validity between 1 and 120 months");
		}
		if (!backgroundCheck) {
			backgroundCheckValidityMonths = null;
		}
		if (minimumAge != null && (minimumAge < 13 || minimumAge > 120)) {
			throw new IllegalArgumentException("A minimum age is between 13 and 120");
		}
	}

	public static Requirements none() {
		return new Requirements(Set.of(), false, null, Set.of(), null);
	}

	/**
	 * The requirements in plain words, one line each, naming each policy by its key; for
	 * people, {@link #describe(Map)} names them by title.
	 */
	public List<String> describe() {
		return describe(Map.of());
	}

	/**
	 * The requirements in plain words, one line each, naming each policy by its title
	 * (its key only when it has none, as for a policy that does not exist).
	 */
	public List<String> describe(Map<String, String> policyTitles) {
		var lines = new ArrayList<String>();
		new TreeSet<>(courses).forEach(course -> lines.add("Course: " + course));
		if (backgroundCheck) {
			lines.add("Background check, valid " + backgroundCheckValidityMonths + " months");
		}
		new TreeSet<>(policies)
			.forEach(policy -> lines.add("Acknowledge policy: " + policyTitles.getOrDefault(policy, policy)));
		if (minimumAge != null) {
			lines.add("Minimum age " + minimumAge);
		}
		return lines;
	}

}
