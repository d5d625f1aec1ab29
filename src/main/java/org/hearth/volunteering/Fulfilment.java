package org.hearth.volunteering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.modulith.NamedInterface;

/**
 * How a volunteer's approved service compares with what they committed to, so far: the
 * expected amount grows each week from the start of the commitment until it ends.
 *
 * @param served approved service so far
 * @param expected what the commitment asks for by today
 * @param committedInAll what the whole commitment asks for
 * @param percent served against expected, 100 when nothing is expected yet
 */
@NamedInterface("web")
public record Fulfilment(BigDecimal served, BigDecimal expected, BigDecimal committedInAll, ServiceUnit unit,
		int percent, LocalDate endsOn) {

	static Fulfilment of(Pace pace, LocalDate startedOn, LocalDate endsOn, LocalDate today, BigDecimal served) {
		LocalDate until = today.isAfter(endsOn) ? endsOn : today;
		long days = Math.max(0, ChronoUnit.DAYS.between(startedOn, until));
		long allDays = Math.max(1, ChronoUnit.DAYS.between(startedOn, endsOn));
		BigDecimal expected = pace.perWeek()
			.multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
		BigDecimal all = pace.perWeek()
			.multiply(BigDecimal.valueOf(allDays))
			.divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
		int percent = expected.signum() == 0 ? 100
				: served.multiply(BigDecimal.valueOf(100)).divide(expected, 0, RoundingMode.HALF_UP).intValue();
		return new Fulfilment(served, expected, all, pace.unit(), percent, endsOn);
	}

	/**
	 * In words, for the volunteer and their lead; a percentage only once the commitment
	 * expects something, so the first day does not read "5 of 0 hours (100%)".
	 */
	public String describe() {
		String whole = committedInAll.stripTrailingZeros().toPlainString() + " in all by " + endsOn;
		if (expected.signum() == 0) {
			return plain(served) + " " + unit.label() + " so far; " + whole;
		}
		return plain(served) + " of " + plain(expected) + " " + unit.label() + " so far (" + percent + "%), " + whole;
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

}
