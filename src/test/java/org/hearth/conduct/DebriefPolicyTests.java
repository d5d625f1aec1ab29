package org.hearth.conduct;

import org.junit.jupiter.api.Test;

import org.hearth.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class DebriefPolicyTests {

	final DebriefPolicy policy = new DebriefPolicy();

	@Test
	void routesAVolunteersConflictDisagreementOrDistressToADebrief() {
		assertThat(policy.routesToDebrief(ReportCategory.CONFLICT, Role.VOLUNTEER)).isTrue();
		assertThat(policy.routesToDebrief(ReportCategory.DISAGREEMENT, Role.LEAD)).isTrue();
		assertThat(policy.routesToDebrief(ReportCategory.EMOTIONAL_DISTRESS, Role.VOLUNTEER)).isTrue();
	}

	@Test
	void routesMisconductAndOtherCategoriesToACase() {
		assertThat(policy.routesToDebrief(ReportCategory.MISCONDUCT, Role.VOLUNTEER)).isFalse();
		assertThat(policy.routesToDebrief(ReportCategory.HARASSMENT, Role.VOLUNTEER)).isFalse();
	}

	@Test
	void routesNobodyButVolunteersToADebrief() {
		assertThat(policy.routesToDebrief(ReportCategory.CONFLICT, Role.APPLICANT)).isFalse();
		assertThat(policy.routesToDebrief(ReportCategory.CONFLICT, Role.STAFF)).isFalse();
	}

}
