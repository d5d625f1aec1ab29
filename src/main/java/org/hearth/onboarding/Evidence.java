package org.hearth.onboarding;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person has done towards a role's requirements: courses passed, their newest
 * background check, the policy versions they acknowledged (highest per key), the current
 * policy versions, and their answer about the minimum age.
 */
public record Evidence(Set<String> coursesPassed, Optional<BackgroundCheck> backgroundCheck,
		Map<String, Integer> acknowledged, Map<String, Integer> currentPolicyVersions, Boolean ofMinimumAge) {

	public Evidence {
		coursesPassed = Set.copyOf(coursesPassed);
		acknowledged = Map.copyOf(acknowledged);
		currentPolicyVersions = Map.copyOf(currentPolicyVersions);
	}

}
