package org.hearth.onboarding;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person has done towards a role's requirements: courses passed, their newest
 * background check, the policy versions they acknowledged (highest per key), the current
 * policy versions, and their answer about the minimum age.
 */
record Evidence(Set<String> coursesPassed, Optional<BackgroundCheck> backgroundCheck, Map<String, Integer> acknowledged,
		Map<String, Integer> currentPolicyVersions, Boolean ofMinimumAge, Map<String, String> policyTitles) {

	public Evidence {
		coursesPassed = Set.copyOf(coursesPassed);
		acknowledged = Map.copyOf(acknowledged);
		currentPolicyVersions = Map.copyOf(currentPolicyVersions);
		policyTitles = Map.copyOf(policyTitles);
	}

	/** Evidence where each policy is known by its key only. */
	public Evidence(Set<String> coursesPassed, Optional<BackgroundCheck> backgroundCheck,
			Map<String, Integer> acknowledged, Map<String, Integer> currentPolicyVersions, Boolean ofMinimumAge) {
		this(coursesPassed, backgroundCheck, acknowledged, currentPolicyVersions, ofMinimumAge, Map.of());
	}

	/** The policy's title as people read it, or its key when it has none. */
	public String titleOf(String policy) {
		return policyTitles.getOrDefault(policy, policy);
	}

}
