package org.hearth.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.volunteering.FulfilledCommitment;

/**
 * Which milestones a volunteer has reached by a day: a month since they began serving,
 * each of the hours thresholds their approved service passed, each number of trainings
 * they took part in, and each commitment they fulfilled. It says what is reached, not
 * what is new: the store keeps each one once.
 */
final class MilestonePolicy {

	/** The hours served in all that are celebrated. */
	static final List<Integer> HOURS = List.of(10, 25, 50, 100, 250, 500, 1000);

	/** The trainings taken part in that are celebrated. */
	static final List<Integer> TRAININGS = List.of(1, 5, 10, 25);

	private MilestonePolicy() {
	}

	/** A milestone reached, before it is stored. */
	record Reached(MilestoneKind kind, String detail, String title) {
	}

	static List<Reached> reached(LocalDate servingSince, BigDecimal approvedHours, List<FulfilledCommitment> fulfilled,
			int trainings, LocalDate day) {
		var reached = new ArrayList<Reached>();
		if (servingSince != null && !day.isBefore(servingSince.plusMonths(1))) {
			reached.add(new Reached(MilestoneKind.FIRST_MONTH, "1", "A first month of service"));
		}
		BigDecimal hours = approvedHours == null ? BigDecimal.ZERO : approvedHours;
		for (int threshold : HOURS) {
			if (hours.compareTo(BigDecimal.valueOf(threshold)) >= 0) {
				reached.add(new Reached(MilestoneKind.HOURS, Integer.toString(threshold), threshold + " hours served"));
			}
		}
		for (int threshold : TRAININGS) {
			if (trainings >= threshold) {
				reached.add(new Reached(MilestoneKind.TRAININGS, Integer.toString(threshold),
						threshold == 1 ? "A first training taken part in" : threshold + " trainings taken part in"));
			}
		}
		for (FulfilledCommitment commitment : fulfilled) {
			reached.add(new Reached(MilestoneKind.COMMITMENT_FULFILLED, commitment.enrolment().value().toString(),
					"Commitment fulfilled as " + commitment.roleName()));
		}
		return reached;
	}

}
