package org.hearth.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.people.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

class OnDutyPolicyTests {

	static final PersonId PRIYA = new PersonId(UUID.randomUUID());

	static final PersonId MIKA = new PersonId(UUID.randomUUID());

	final OnDutyPolicy policy = new OnDutyPolicy();

	@Test
	void readsWeeklyHoursInThePersonsOwnTimeZone() {
		// Mondays 18:00-22:00 in Chicago are Tuesdays 00:00-04:00 UTC in January.
		var hours = hours(PRIYA, DayOfWeek.MONDAY, "18:00", "22:00", "America/Chicago");

		assertThat(policy.onDutyAt(Instant.parse("2027-01-05T01:00:00Z"), List.of(hours), List.of()))
			.containsExactly(PRIYA);
		assertThat(policy.onDutyAt(Instant.parse("2027-01-04T19:00:00Z"), List.of(hours), List.of())).isEmpty();
	}

	@Test
	void coversHoursThatEndPastMidnight() {
		var hours = hours(MIKA, DayOfWeek.FRIDAY, "22:00", "02:00", "Europe/London");

		assertThat(policy.onDutyAt(Instant.parse("2027-01-08T23:30:00Z"), List.of(hours), List.of()))
			.containsExactly(MIKA);
		assertThat(policy.onDutyAt(Instant.parse("2027-01-09T01:30:00Z"), List.of(hours), List.of()))
			.containsExactly(MIKA);
		assertThat(policy.onDutyAt(Instant.parse("2027-01-09T02:00:00Z"), List.of(hours), List.of())).isEmpty();
	}

	@Test
	void letsAOneOffChangeWinOverTheWeeklyHours() {
		var hours = hours(PRIYA, DayOfWeek.MONDAY, "09:00", "17:00", "UTC");
		Instant monday = Instant.parse("2027-01-04T10:00:00Z");
		var away = new DutyChange(UUID.randomUUID(), PRIYA, monday.minusSeconds(3600), monday.plusSeconds(3600), false,
				"dentist");
		var cover = new DutyChange(UUID.randomUUID(), MIKA, monday.minusSeconds(3600), monday.plusSeconds(3600), true,
				"covering");

		assertThat(policy.onDutyAt(monday, List.of(hours), List.of(away, cover))).containsExactly(MIKA);
	}

	@Test
	void knowsWhenNobodyIsOnDuty() {
		var hours = hours(PRIYA, DayOfWeek.MONDAY, "09:00", "17:00", "UTC");

		assertThat(policy.onDutyAt(Instant.parse("2027-01-05T10:00:00Z"), List.of(hours), List.of())).isEmpty();
	}

	static DutyHours hours(PersonId person, DayOfWeek day, String from, String to, String zone) {
		return new DutyHours(UUID.randomUUID(), person, day, LocalTime.parse(from), LocalTime.parse(to),
				ZoneId.of(zone));
	}

}
