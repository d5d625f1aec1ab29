package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckInTests {

	static final PersonId VOLUNTEER = new PersonId(java.util.UUID.randomUUID());

	static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

	@Test
	void namesItsWeekByItsMonday() {
		CheckIn checkIn = CheckIn.record(VOLUNTEER, LocalDate.of(2026, 3, 4), WellBeing.GOOD, new BigDecimal("3.5"),
				" a hard chat ", "no shifts after 10pm", true, CheckIn.Source.VOLUNTEER, VOLUNTEER, NOW);

		assertThat(checkIn.week()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(checkIn.weighed()).isEqualTo("a hard chat");
		assertThat(checkIn.hours()).isEqualByComparingTo("3.5");
		assertThat(checkIn.wantsDebrief()).isTrue();
	}

	@Test
	void refusesACheckInWithoutWellBeingOrWithUnbelievableHours() {
		assertThatThrownBy(() -> CheckIn.record(VOLUNTEER, LocalDate.of(2026, 3, 4), null, BigDecimal.ONE, "", "",
				false, CheckIn.Source.VOLUNTEER, VOLUNTEER, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("from 1 (struggling) to 5 (thriving)");
		assertThatThrownBy(() -> CheckIn.record(VOLUNTEER, LocalDate.of(2026, 3, 4), WellBeing.OKAY,
				new BigDecimal("169"), "", "", false, CheckIn.Source.VOLUNTEER, VOLUNTEER, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("from 0 to 168");
		assertThatThrownBy(() -> CheckIn.record(VOLUNTEER, LocalDate.of(2026, 3, 4), WellBeing.OKAY,
				new BigDecimal("1.125"), "", "", false, CheckIn.Source.VOLUNTEER, VOLUNTEER, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("two decimals");
	}

	@Test
	void refusesAChangeMadeOnAVersionSomeoneElseChangedMeanwhile() {
		CheckIn checkIn = new CheckIn(CheckInId.random(), VOLUNTEER, LocalDate.of(2026, 3, 2), WellBeing.OKAY,
				BigDecimal.ONE, "", "", false, CheckIn.Source.VOLUNTEER, VOLUNTEER, NOW, 2);

		assertThatThrownBy(() -> checkIn.revise(1, WellBeing.LOW, BigDecimal.ONE, "", "", false,
				CheckIn.Source.VOLUNTEER, VOLUNTEER, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("changed meanwhile");
		checkIn.revise(2, WellBeing.LOW, BigDecimal.TEN, "", "", false, CheckIn.Source.LEAD, VOLUNTEER, NOW);
		assertThat(checkIn.wellBeing()).isEqualTo(WellBeing.LOW);
		assertThat(checkIn.source()).isEqualTo(CheckIn.Source.LEAD);
	}

}
