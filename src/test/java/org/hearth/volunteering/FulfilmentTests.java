package org.hearth.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FulfilmentTests {

	@Test
	void takesTheWeeklyPaceFromTheCommitmentsAmountUnitAndPeriod() {
		assertThat(Pace.of(weekly(3, CommitmentUnit.HOURS)))
			.isEqualTo(new Pace(new BigDecimal("3.00"), ServiceUnit.HOURS));
		assertThat(Pace.of(weekly(2, CommitmentUnit.SESSIONS)).unit()).isEqualTo(ServiceUnit.SESSIONS);
		assertThat(Pace.of(new Commitment(6, new BigDecimal("1.5"), CommitmentUnit.HOURS, CommitmentPeriod.WEEK))
			.perWeek()).isEqualByComparingTo("1.5");
	}

	@Test
	void readsTwoHoursEveryTwoWeeksAsOneHourAWeek() {
		Commitment fortnightly = Commitment.of(6, 2, CommitmentUnit.HOURS, CommitmentPeriod.TWO_WEEKS);

		assertThat(fortnightly.frequency()).isEqualTo("2 hours every two weeks");
		assertThat(Pace.of(fortnightly).perWeek()).isEqualByComparingTo("1");
	}

	@Test
	void spreadsAMonthlyCommitmentOverTheWeeksOfAMonth() {
		Commitment monthly = Commitment.of(6, 1, CommitmentUnit.SESSIONS, CommitmentPeriod.MONTH);

		assertThat(monthly.frequency()).isEqualTo("1 session a month");
		assertThat(Pace.of(monthly).perWeek()).isEqualByComparingTo("0.23");
	}

	@Test
	void comparesApprovedServiceWithWhatWasCommittedSoFar() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		Fulfilment fulfilment = Fulfilment.of(Pace.of(weekly(3, CommitmentUnit.HOURS)), start, start.plusMonths(6),
				start.plusWeeks(4), new BigDecimal("9"));

		assertThat(fulfilment.expected()).isEqualByComparingTo("12");
		assertThat(fulfilment.percent()).isEqualTo(75);
		assertThat(fulfilment.describe()).startsWith("9 of 12 hours so far (75%)");
	}

	@Test
	void stopsExpectingMoreAfterTheCommitmentEnds() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate end = start.plusWeeks(10);
		Fulfilment fulfilment = Fulfilment.of(Pace.of(weekly(2, CommitmentUnit.SESSIONS)), start, end, end.plusWeeks(5),
				new BigDecimal("20"));

		assertThat(fulfilment.expected()).isEqualByComparingTo("20");
		assertThat(fulfilment.percent()).isEqualTo(100);
	}

	@Test
	void countsFullFulfilmentOnTheFirstDay() {
		LocalDate start = LocalDate.of(2026, 1, 1);

		assertThat(Fulfilment
			.of(Pace.of(weekly(3, CommitmentUnit.HOURS)), start, start.plusMonths(3), start, BigDecimal.ZERO)
			.percent()).isEqualTo(100);
	}

	@Test
	void saysWhatWasServedWithoutAPercentageWhileNothingIsExpectedYet() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		Fulfilment fulfilment = Fulfilment.of(Pace.of(weekly(3, CommitmentUnit.HOURS)), start, start.plusWeeks(10),
				start, new BigDecimal("5"));

		assertThat(fulfilment.describe()).isEqualTo("5 hours so far; 30 in all by 2026-03-12")
			.doesNotContain("%", " of 0");
	}

	private static Commitment weekly(int amount, CommitmentUnit unit) {
		return Commitment.of(6, amount, unit, CommitmentPeriod.WEEK);
	}

}
