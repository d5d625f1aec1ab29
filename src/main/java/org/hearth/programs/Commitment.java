package org.hearth.programs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a role asks of a volunteer, or what an applicant offers: for how many months, and
 * how much (an amount of hours or sessions) each week, two weeks or month.
 */
public record Commitment(int months, BigDecimal amount, CommitmentUnit unit, CommitmentPeriod period) {

	private static final BigDecimal MOST = new BigDecimal("999");

	public Commitment {
		if (months < 1 || months > 60) {
			throw new IllegalArgumentException("A commitment lasts between 1 and 60 months");
		}
		if (amount == null || amount.signum() <= 0 || amount.compareTo(MOST) > 0) {
			throw new IllegalArgumentException("Say how much each time, between 0.25 and 999");
		}
		if (unit == null || period == null) {
			throw new IllegalArgumentException("Say whether it is hours or sessions, and how often");
		}
		amount = amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (amount.scale() < 0) {
			amount = amount.setScale(0);
		}
	}

	/** A commitment of whole hours or sessions, as most roles ask. */
	public static Commitment of(int months, int amount, CommitmentUnit unit, CommitmentPeriod period) {
		return new Commitment(months, BigDecimal.valueOf(amount), unit, period);
	}

	/** A commitment as a store keeps it, with its unit and period by name. */
	public static Commitment stored(int months, BigDecimal amount, String unit, String period) {
		return new Commitment(months, amount, CommitmentUnit.valueOf(unit), CommitmentPeriod.valueOf(period));
	}

	/** How often, in words: "3 hours a week", "1 session every two weeks". */
	@JsonProperty("frequency")
	public String frequency() {
		return amount.toPlainString() + " " + unit.label(amount) + " " + period.words();
	}

	/** The amount a week this comes to, for comparing commitments and service. */
	public BigDecimal perWeek() {
		return amount.divide(period.weeks(), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Where this offer falls short of what a role asks, in words for staff: fewer months,
	 * less each week, or a different unit; empty when it gives at least as much.
	 */
	public List<String> shortOf(Commitment asked) {
		var gaps = new ArrayList<String>();
		if (months < asked.months) {
			gaps.add(months + (months == 1 ? " month" : " months") + " instead of the " + asked.months + " asked");
		}
		if (unit != asked.unit) {
			gaps.add("counted in " + unit.plural() + " while the role asks for " + asked.unit.plural());
		}
		else if (perWeek().compareTo(asked.perWeek()) < 0) {
			gaps.add(frequency() + " instead of the " + asked.frequency() + " asked");
		}
		return gaps;
	}

	@Override
	public String toString() {
		return months + (months == 1 ? " month, " : " months, ") + frequency();
	}

}
