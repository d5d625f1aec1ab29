package org.hearth.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.hearth.people.PersonId;

/**
 * What one volunteer logged as served on one day, whether approved yet or not (declined
 * service is left out).
 *
 * @param hours the hours logged that day; service counted in sessions adds none
 * @param entries how many entries of any unit were logged for the day
 */
public record ServedDay(PersonId volunteer, LocalDate day, BigDecimal hours, int entries) {

	public ServedDay {
		Objects.requireNonNull(volunteer, "volunteer");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(hours, "hours");
	}

}
