package org.hearth.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.onboarding.RequirementCheck.Outcome;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.programs.Requirements;

import static org.assertj.core.api.Assertions.assertThat;

class OtherRolesTests {

	static ProgramRole role(String name, boolean check, Integer age) {
		return new ProgramRole(new ProgramRoleId(UUID.randomUUID()), new ProgramId(UUID.randomUUID()), name, "",
				Commitment.of(3, 1, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				new Requirements(Set.of(), check, check ? 12 : null, Set.of(), age), Instant.now(), 0);
	}

	final ProgramRole moderator = role("Moderator", true, 21);

	final ProgramRole responder = role("Forum Responder", false, 18);

	final ProgramRole supporter = role("Peer Supporter", false, 21);

	final ProgramRole greeter = role("Greeter", false, null);

	@Test
	void showsRolesWithoutABackgroundCheckAfterTheCheckFailed() {
		var failed = List
			.of(new RequirementCheck("background-check", "background-check", Outcome.FAILED, "did not clear"));

		assertThat(OtherRoles.stillOpen(List.of(moderator, responder, supporter, greeter), moderator.id(), failed))
			.extracting(ProgramRole::name)
			.containsExactly("Forum Responder", "Peer Supporter", "Greeter");
	}

	@Test
	void showsRolesWithALowerMinimumAgeAfterTheAgeWasNotMet() {
		var failed = List.of(new RequirementCheck("minimum-age", "21", Outcome.FAILED, "21 or older"));

		assertThat(OtherRoles.stillOpen(List.of(moderator, responder, supporter, greeter), supporter.id(), failed))
			.extracting(ProgramRole::name)
			.containsExactly("Forum Responder", "Greeter");
	}

}
