package org.hearth.conduct;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Warnings and platform-terms violations add up: reaching the threshold within the window
 * (for example three in twelve months) opens a staff review of the volunteer's
 * involvement.
 */
final class WarningPolicy {

	private final int threshold;

	private final Period window;

	public WarningPolicy(int threshold, Period window) {
		if (threshold < 1) {
			throw new IllegalArgumentException("The warning threshold is at least one");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("The warning window is a positive period");
		}
		this.threshold = threshold;
		this.window = window;
	}

	public sealed interface Result {

	}

	/** Enough warnings within the window: staff review the volunteer's involvement. */
	public record ReviewDue(int count, Instant since, String reason) implements Result {
	}

	public record WithinLimit(int count) implements Result {
	}

	public Result evaluate(Collection<Instant> warnings, Instant now) {
		Instant since = now.atZone(ZoneOffset.UTC).minus(window).toInstant();
		int count = (int) warnings.stream().filter(at -> !at.isBefore(since)).count();
		if (count >= threshold) {
			return new ReviewDue(count, since, count + " warnings or platform-terms violations within "
					+ describe(window) + " (the review threshold is " + threshold + ")");
		}
		return new WithinLimit(count);
	}

	public int threshold() {
		return threshold;
	}

	public Period window() {
		return window;
	}

	static String describe(Period period) {
		if (period.getYears() == 0 && period.getDays() == 0) {
			return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
		}
		if (period.getMonths() == 0 && period.getDays() == 0) {
			return period.getYears() + (period.getYears() == 1 ? " year" : " years");
		}
		return period.toString();
	}

}
