package org.hearth.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.onboarding.ActivationDecision.Allowed;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.onboarding.RequirementCheck.Outcome;
import org.hearth.people.PersonId;
import org.hearth.programs.Requirements;

import static org.assertj.core.api.Assertions.assertThat;

class ActivationPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final PersonId PERSON = new PersonId(UUID.randomUUID());

	static final Requirements EVERYTHING = new Requirements(Set.of("Foundations"), true, 24, Set.of("code-of-conduct"),
			18);

	static Optional<BackgroundCheck> check(BackgroundCheckStatus status, LocalDate expires) {
		return Optional
			.of(new BackgroundCheck(UUID.randomUUID(), PERSON, status, "ref", expires, Instant.now(), "staff"));
	}

	static Evidence complete() {
		return new Evidence(Set.of("Foundations"), check(BackgroundCheckStatus.CLEAR, TODAY.plusYears(2)),
				Map.of("code-of-conduct", 2), Map.of("code-of-conduct", 2), true);
	}

	@Test
	void allowsActivationWhenEveryRequirementIsMet() {
		assertThat(ActivationPolicy.decide(EVERYTHING, complete(), TODAY)).isInstanceOf(Allowed.class);
	}

	@Test
	void allowsActivationForARoleWithoutRequirements() {
		Evidence nothing = new Evidence(Set.of(), Optional.empty(), Map.of(), Map.of(), null);

		assertThat(ActivationPolicy.decide(Requirements.none(), nothing, TODAY)).isInstanceOf(Allowed.class);
	}

	@Test
	void refusesActivationWithTheListOfWhatIsMissing() {
		Evidence nothing = new Evidence(Set.of(), Optional.empty(), Map.of(), Map.of("code-of-conduct", 2), null);

		assertThat(ActivationPolicy.decide(EVERYTHING, nothing, TODAY)).isInstanceOfSatisfying(Refused.class,
				refused -> {
					assertThat(refused.missing()).containsExactly("Pass the course Foundations",
							"A background check; staff will send you the provider's invitation",
							"Read and acknowledge code-of-conduct version 2", "Confirm you are 18 or older");
					assertThat(refused.failed()).isEmpty();
				});
	}

	@Test
	void refusesActivationWithoutBackgroundCheck() {
		Evidence evidence = new Evidence(Set.of("foundations"), Optional.empty(), Map.of("code-of-conduct", 2),
				Map.of("code-of-conduct", 2), true);

		assertThat(ActivationPolicy.decide(EVERYTHING, evidence, TODAY)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.missing()).singleElement().asString().contains("background check"));
	}

	@Test
	void refusesActivationWithAnExpiredOrPendingCheck() {
		for (var check : List.of(check(BackgroundCheckStatus.CLEAR, TODAY.minusDays(1)),
				check(BackgroundCheckStatus.PENDING, null), check(BackgroundCheckStatus.CONSIDER, null))) {
			Evidence evidence = new Evidence(Set.of("Foundations"), check, Map.of("code-of-conduct", 2),
					Map.of("code-of-conduct", 2), true);
			assertThat(ActivationPolicy.decide(EVERYTHING, evidence, TODAY)).isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.failed()).isEmpty());
		}
	}

	@Test
	void refusesActivationWhenOnlyAnOlderPolicyVersionWasAcknowledged() {
		Evidence evidence = new Evidence(Set.of("Foundations"), check(BackgroundCheckStatus.CLEAR, TODAY.plusYears(1)),
				Map.of("code-of-conduct", 1), Map.of("code-of-conduct", 2), true);

		assertThat(ActivationPolicy.decide(EVERYTHING, evidence, TODAY)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.missing())
					.containsExactly("Read and acknowledge code-of-conduct version 2; you acknowledged version 1"));
	}

	@Test
	void marksAFailedCheckAndAnUnmetMinimumAgeAsFailed() {
		Evidence evidence = new Evidence(Set.of("Foundations"), check(BackgroundCheckStatus.FAILED, null),
				Map.of("code-of-conduct", 2), Map.of("code-of-conduct", 2), false);

		List<RequirementCheck> checklist = ActivationPolicy.checklist(EVERYTHING, evidence, TODAY);

		assertThat(checklist).filteredOn(check -> check.outcome() == Outcome.FAILED)
			.extracting(RequirementCheck::kind)
			.containsExactly("background-check", "minimum-age");
		assertThat(ActivationPolicy.decide(checklist)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.failed()).hasSize(2));
	}

}
