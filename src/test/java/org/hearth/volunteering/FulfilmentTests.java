package org.hearth.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FulfilmentTests {

	@Test
	void readsHoursAndSessionsFromTheFrequency() {
		assertThat(Pace.of("3 hours a week")).isEqualTo(new Pace(new BigDecimal("3"), ServiceUnit.HOURS));
		assertThat(Pace.of("2 shifts a week")).isEqualTo(new Pace(new BigDecimal("2"), ServiceUnit.SESSIONS));
		assertThat(Pace.of("1 on-call shift a week").unit()).isEqualTo(ServiceUnit.SESSIONS);
		assertThat(Pace.of("1.5 hours a week").perWeek()).isEqualByComparingTo("1.5");
	}

	@Test
	void comparesApprovedServiceWithWhatWasCommittedSoFar() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		Fulfilment fulfilment = Fulfilment.of(Pace.of("3 hours a week"), start, start.plusMonths(6), start.plusWeeks(4),
				new BigDecimal("9"));

		assertThat(fulfilment.expected()).isEqualByComparingTo("12");
		assertThat(fulfilment.percent()).isEqualTo(75);
		assertThat(fulfilment.describe()).startsWith("9 of 12 hours so far (75%)");
	}

	@Test
	void stopsExpectingMoreAfterTheCommitmentEnds() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate end = start.plusWeeks(10);
		Fulfilment fulfilment = Fulfilment.of(Pace.of("2 shifts a week"), start, end, end.plusWeeks(5),
				new BigDecimal("20"));

		assertThat(fulfilment.expected()).isEqualByComparingTo("20");
		assertThat(fulfilment.percent()).isEqualTo(100);
	}

	@Test
	void countsFullFulfilmentOnTheFirstDay() {
		LocalDate start = LocalDate.of(2026, 1, 1);

		assertThat(
				Fulfilment.of(Pace.of("3 hours a week"), start, start.plusMonths(3), start, BigDecimal.ZERO).percent())
			.isEqualTo(100);
	}

	@Test
	void saysWhatWasServedWithoutAPercentageWhileNothingIsExpectedYet() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		Fulfilment fulfilment = Fulfilment.of(Pace.of("3 hours a week"), start, start.plusWeeks(10), start,
				new BigDecimal("5"));

		assertThat(fulfilment.describe()).isEqualTo("5 hours so far; 30 in all by 2026-03-12")
			.doesNotContain("%", " of 0");
	}

}
