package org.hearth.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.people.PersonId;
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.FulfilledCommitment;

import static org.assertj.core.api.Assertions.assertThat;

class MilestonePolicyTests {

	private static final LocalDate SINCE = LocalDate.of(2026, 10, 31);

	@Test
	void aFirstMonthIsReachedOnTheSameDayOfTheNextMonth() {
		assertThat(MilestonePolicy.reached(SINCE, null, List.of(), 0, LocalDate.of(2026, 11, 29))).isEmpty();
		assertThat(MilestonePolicy.reached(SINCE, null, List.of(), 0, LocalDate.of(2026, 11, 30)))
			.extracting(MilestonePolicy.Reached::title)
			.containsExactly("A first month of service");
	}

	@Test
	void everyHoursThresholdPassedIsReachedAndNoneBeyond() {
		assertThat(MilestonePolicy.reached(SINCE, new BigDecimal("49.5"), List.of(), 0, SINCE))
			.extracting(MilestonePolicy.Reached::detail)
			.containsExactly("10", "25");
		assertThat(MilestonePolicy.reached(SINCE, new BigDecimal("50"), List.of(), 0, SINCE))
			.extracting(MilestonePolicy.Reached::title)
			.containsExactly("10 hours served", "25 hours served", "50 hours served");
		assertThat(MilestonePolicy.reached(SINCE, new BigDecimal("9.99"), List.of(), 0, SINCE)).isEmpty();
	}

	@Test
	void aFirstTrainingAndEachTrainingsThresholdPassedAreReached() {
		assertThat(MilestonePolicy.reached(SINCE, null, List.of(), 0, SINCE)).isEmpty();
		assertThat(MilestonePolicy.reached(SINCE, null, List.of(), 6, SINCE))
			.extracting(MilestonePolicy.Reached::kind, MilestonePolicy.Reached::title)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(MilestoneKind.TRAININGS, "A first training taken part in"),
					org.assertj.core.groups.Tuple.tuple(MilestoneKind.TRAININGS, "5 trainings taken part in"));
	}

	@Test
	void eachFulfilledCommitmentIsAMilestoneOfItsOwn() {
		var first = new FulfilledCommitment(new EnrolmentId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), null,
				"Listener");
		var second = new FulfilledCommitment(new EnrolmentId(UUID.randomUUID()), first.volunteer(), null,
				"Forum Responder");

		assertThat(MilestonePolicy.reached(SINCE, BigDecimal.ZERO, List.of(first, second), 0, SINCE))
			.extracting(MilestonePolicy.Reached::kind, MilestonePolicy.Reached::detail, MilestonePolicy.Reached::title)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(MilestoneKind.COMMITMENT_FULFILLED,
							first.enrolment().value().toString(), "Commitment fulfilled as Listener"),
					org.assertj.core.groups.Tuple.tuple(MilestoneKind.COMMITMENT_FULFILLED,
							second.enrolment().value().toString(), "Commitment fulfilled as Forum Responder"));
	}

}
