package org.hearth.onboarding;

import java.util.List;

import org.hearth.onboarding.RequirementCheck.Outcome;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;

/**
 * After a requirement fails, the roles still open to the person: those that do not ask
 * for what failed. A failed background check rules out roles that need one; a minimum age
 * not met rules out roles with that minimum or a higher one.
 */
final class OtherRoles {

	private OtherRoles() {
	}

	public static List<ProgramRole> stillOpen(List<ProgramRole> roles, ProgramRoleId failedRole,
			List<RequirementCheck> checklist) {
		boolean checkFailed = failed(checklist, "background-check");
		Integer ageNotMet = checklist.stream()
			.filter(check -> check.kind().equals("minimum-age") && check.outcome() == Outcome.FAILED)
			.map(check -> Integer.valueOf(check.name()))
			.findFirst()
			.orElse(null);
		return roles.stream()
			.filter(role -> !role.id().equals(failedRole))
			.filter(role -> !(checkFailed && role.requirements().backgroundCheck()))
			.filter(role -> ageNotMet == null || role.requirements().minimumAge() == null
					|| role.requirements().minimumAge() < ageNotMet)
			.toList();
	}

	private static boolean failed(List<RequirementCheck> checklist, String kind) {
		return checklist.stream().anyMatch(check -> check.kind().equals(kind) && check.outcome() == Outcome.FAILED);
	}

}
