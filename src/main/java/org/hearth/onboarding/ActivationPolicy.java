package org.hearth.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.onboarding.ActivationDecision.Allowed;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.onboarding.RequirementCheck.Outcome;
import org.hearth.programs.Requirements;

/**
 * The Code's rule for activation: a person serves in a role only when every requirement
 * of the role is met — each course passed, a clear background check that has not expired,
 * each required policy acknowledged at its current version, and the minimum age
 * confirmed. It lists what is missing.
 */
final class ActivationPolicy {

	private ActivationPolicy() {
	}

	/** The checklist: one line per requirement of the role, in a stable order. */
	public static List<RequirementCheck> checklist(Requirements requirements, Evidence evidence, LocalDate today) {
		var checks = new ArrayList<RequirementCheck>();
		for (String course : requirements.courses().stream().sorted().toList()) {
			boolean passed = evidence.coursesPassed().stream().anyMatch(name -> name.equalsIgnoreCase(course));
			checks.add(new RequirementCheck("course", course, passed ? Outcome.MET : Outcome.MISSING,
					passed ? "Passed " + course : "Pass the course " + course));
		}
		if (requirements.backgroundCheck()) {
			checks.add(backgroundCheck(evidence, today));
		}
		for (String policy : requirements.policies().stream().sorted().toList()) {
			Integer current = evidence.currentPolicyVersions().get(policy);
			Integer acknowledged = evidence.acknowledged().get(policy);
			boolean met = current != null && acknowledged != null && acknowledged >= current;
			checks.add(new RequirementCheck("policy", policy, met ? Outcome.MET : Outcome.MISSING,
					met ? "Acknowledged " + evidence.titleOf(policy) + " (version " + acknowledged + ")"
							: "Read and acknowledge " + evidence.titleOf(policy)
									+ (current == null ? "" : " version " + current)
									+ (acknowledged == null ? "" : "; you acknowledged version " + acknowledged)));
		}
		if (requirements.minimumAge() != null) {
			int age = requirements.minimumAge();
			Boolean answer = evidence.ofMinimumAge();
			checks.add(new RequirementCheck("minimum-age", String.valueOf(age),
					answer == null ? Outcome.MISSING : answer ? Outcome.MET : Outcome.FAILED,
					answer == null ? "Confirm you are " + age + " or older" : answer ? "Confirmed " + age + " or older"
							: "This role asks for volunteers aged " + age + " or older"));
		}
		return List.copyOf(checks);
	}

	/**
	 * Allowed when every line is met; otherwise refused with each unmet line, and the
	 * failed ones apart.
	 */
	public static ActivationDecision decide(List<RequirementCheck> checklist) {
		List<String> missing = checklist.stream().filter(check -> !check.met()).map(RequirementCheck::detail).toList();
		if (missing.isEmpty()) {
			return new Allowed();
		}
		List<String> failed = checklist.stream()
			.filter(check -> check.outcome() == Outcome.FAILED)
			.map(RequirementCheck::detail)
			.toList();
		return new Refused(missing, failed);
	}

	public static ActivationDecision decide(Requirements requirements, Evidence evidence, LocalDate today) {
		return decide(checklist(requirements, evidence, today));
	}

	private static RequirementCheck backgroundCheck(Evidence evidence, LocalDate today) {
		if (evidence.backgroundCheck().isEmpty()) {
			return new RequirementCheck("background-check", "background-check", Outcome.MISSING,
					"A background check; staff will send you the provider's invitation");
		}
		BackgroundCheck check = evidence.backgroundCheck().get();
		return switch (check.status()) {
			case CLEAR -> check.clearOn(today)
					? new RequirementCheck("background-check", "background-check", Outcome.MET,
							"Background check clear until " + check.expiresOn())
					: new RequirementCheck("background-check", "background-check", Outcome.MISSING,
							"A new background check: the last one expired on " + check.expiresOn());
			case PENDING -> new RequirementCheck("background-check", "background-check", Outcome.MISSING,
					"Background check pending with the provider");
			case CONSIDER -> new RequirementCheck("background-check", "background-check", Outcome.MISSING,
					"Background check under review by staff");
			case FAILED -> new RequirementCheck("background-check", "background-check", Outcome.FAILED,
					"The background check did not clear");
		};
	}

}
