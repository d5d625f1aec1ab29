package org.hearth.volunteering;

import java.math.BigDecimal;

import org.hearth.programs.Commitment;

/**
 * How much service a commitment asks for each week, in the unit it counts: 2 hours every
 * two weeks is 1 hour a week; 3 sessions a month is about 0.69 sessions a week.
 */
record Pace(BigDecimal perWeek, ServiceUnit unit) {

	public static Pace of(Commitment commitment) {
		return new Pace(commitment.perWeek(), ServiceUnit.valueOf(commitment.unit().name()));
	}

}
