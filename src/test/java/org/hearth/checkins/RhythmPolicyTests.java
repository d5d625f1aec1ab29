package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hearth.checkins.Finding.FallingWellBeing;
import org.hearth.checkins.Finding.HeavyWeek;
import org.hearth.checkins.Finding.LongDay;
import org.hearth.checkins.Finding.LowWellBeing;
import org.hearth.checkins.Finding.MissedWeek;
import org.hearth.checkins.Finding.Silence;
import org.hearth.checkins.RhythmPolicy.Rhythm;
import org.hearth.checkins.RhythmPolicy.WeekCheckIn;
import org.hearth.people.PersonId;
import org.hearth.volunteering.ServedDay;

import static org.assertj.core.api.Assertions.assertThat;

class RhythmPolicyTests {

	/** A Wednesday: this week began on Monday 2 March, last week on 23 February. */
	static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

	static final LocalDate THIS_WEEK = LocalDate.of(2026, 3, 2);

	static final LocalDate LAST_WEEK = LocalDate.of(2026, 2, 23);

	static final PersonId VOLUNTEER = new PersonId(java.util.UUID.randomUUID());

	final RhythmPolicy policy = new RhythmPolicy(CheckInSettings.defaults());

	@Test
	void seesAMissedWeekWhenAServingVolunteerDidNotCheckInLastWeek() {
		var rhythm = rhythm(LAST_WEEK.minusWeeks(3), false, List.of(checkIn(LAST_WEEK.minusWeeks(1), 4, 2)),
				List.of(served(TODAY.minusDays(1), 2)));

		assertThat(policy.findings(rhythm, TODAY)).containsExactly(new MissedWeek(LAST_WEEK));
	}

	@Test
	void seesNoMissedWeekForAPausedVolunteerNorOneWhoStartedDuringIt() {
		var paused = rhythm(LAST_WEEK.minusWeeks(3), true, List.of(), List.of());
		var newcomer = rhythm(LAST_WEEK.plusDays(2), false, List.of(), List.of());

		assertThat(policy.findings(paused, TODAY)).isEmpty();
		assertThat(policy.findings(newcomer, TODAY)).isEmpty();
	}

	@Test
	void seesWellBeingFallingByTwoPointsOverThreeCheckIns() {
		var rhythm = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK.minusWeeks(2), 4, 2),
				checkIn(LAST_WEEK.minusWeeks(1), 3, 2), checkIn(LAST_WEEK, 2, 2)), List.of());

		assertThat(policy.findings(rhythm, TODAY))
			.containsExactly(new FallingWellBeing(LAST_WEEK, List.of(WellBeing.GOOD, WellBeing.OKAY, WellBeing.LOW)));
	}

	@Test
	void seesNoTrendWhenWellBeingRecoversOrFallsByOnePointOnly() {
		var recovering = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK.minusWeeks(2), 4, 2),
				checkIn(LAST_WEEK.minusWeeks(1), 2, 2), checkIn(LAST_WEEK, 3, 2)), List.of());
		var slight = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK.minusWeeks(2), 4, 2),
				checkIn(LAST_WEEK.minusWeeks(1), 4, 2), checkIn(LAST_WEEK, 3, 2)), List.of());

		assertThat(policy.findings(recovering, TODAY)).isEmpty();
		assertThat(policy.findings(slight, TODAY)).isEmpty();
	}

	@Test
	void seesNoTrendThatEndedWeeksAgo() {
		var old = rhythm(LAST_WEEK.minusWeeks(8), false, List.of(checkIn(LAST_WEEK.minusWeeks(4), 5, 2),
				checkIn(LAST_WEEK.minusWeeks(3), 4, 2), checkIn(LAST_WEEK.minusWeeks(2), 2, 2)), List.of());

		assertThat(policy.findings(old, TODAY)).containsExactly(new MissedWeek(LAST_WEEK));
	}

	@Test
	void tellsTheLeadOfAStrugglingCheckInOnItsOwn() {
		var rhythm = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK, 2, 2), checkIn(THIS_WEEK, 1, 1)),
				List.of());

		assertThat(policy.findings(rhythm, TODAY)).containsExactly(new LowWellBeing(THIS_WEEK, WellBeing.STRUGGLING));
	}

	@Test
	void seesAHeavyWeekFromTheHoursCheckedInOrLoggedWhicheverIsMore() {
		var checkedIn = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK, 4, 20)), List.of());
		var logged = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK, 4, 6)),
				List.of(served(LAST_WEEK, 4), served(LAST_WEEK.plusDays(1), 4), served(LAST_WEEK.plusDays(2), 4),
						served(LAST_WEEK.plusDays(3), 4), served(LAST_WEEK.plusDays(4), 1)));

		assertThat(policy.findings(checkedIn, TODAY))
			.containsExactly(new HeavyWeek(LAST_WEEK, new BigDecimal("20"), new BigDecimal("16")));
		assertThat(policy.findings(logged, TODAY))
			.containsExactly(new HeavyWeek(LAST_WEEK, new BigDecimal("17"), new BigDecimal("16")));
	}

	@Test
	void allowsAWeekAtTheCapExactly() {
		var rhythm = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK, 4, 16)), List.of());

		assertThat(policy.findings(rhythm, TODAY)).isEmpty();
	}

	@Test
	void seesADayAboveTheDailyCapButNotADayAtIt() {
		var rhythm = rhythm(LAST_WEEK.minusWeeks(5), false, List.of(checkIn(LAST_WEEK, 4, 9)),
				List.of(served(TODAY.minusDays(1), new BigDecimal("4.5")), served(TODAY.minusDays(2), 4)));

		assertThat(policy.findings(rhythm, TODAY))
			.containsExactly(new LongDay(TODAY.minusDays(1), new BigDecimal("4.5"), new BigDecimal("4")));
	}

	@Test
	void seesSilenceAfterFourteenDaysWithoutCheckInOrLoggedService() {
		LocalDate lastServed = TODAY.minusDays(14);
		var silent = new Rhythm(TODAY.minusDays(60), false, List.of(checkIn(LAST_WEEK, 3, 2)), List.of(),
				TODAY.minusDays(20), lastServed);
		var heard = new Rhythm(TODAY.minusDays(60), false, List.of(checkIn(LAST_WEEK, 3, 2)), List.of(),
				TODAY.minusDays(20), TODAY.minusDays(13));

		assertThat(policy.findings(silent, TODAY)).containsExactly(new Silence(lastServed, 14));
		assertThat(policy.findings(heard, TODAY)).isEmpty();
	}

	@Test
	void keepsTheSameSilenceAsTheDaysGoBy() {
		var rhythm = new Rhythm(TODAY.minusDays(60), true, List.of(), List.of(), TODAY.minusDays(30), null);
		var serving = new Rhythm(TODAY.minusDays(60), false, List.of(checkIn(LAST_WEEK, 3, 2)), List.of(),
				TODAY.minusDays(30), null);

		assertThat(policy.findings(rhythm, TODAY)).isEmpty();
		assertThat(policy.findings(serving, TODAY)).containsExactly(new Silence(TODAY.minusDays(30), 30));
		assertThat(policy.findings(serving, TODAY.plusDays(1))).contains(new Silence(TODAY.minusDays(30), 31));
	}

	@Test
	void tellsStaffOnlyWhenAlertsRepeatAndStaffWereNotToldYet() {
		assertThat(policy.tellStaff(3, false)).isTrue();
		assertThat(policy.tellStaff(2, false)).isFalse();
		assertThat(policy.tellStaff(5, true)).isFalse();
	}

	@Test
	void showsTheVolunteerTheirLoadAgainstTheCaps() {
		Workload load = policy.workload(TODAY, List.of(served(THIS_WEEK, 5), served(THIS_WEEK.plusDays(1), 3)),
				new BigDecimal("6"));

		assertThat(load.hours()).isEqualByComparingTo("8");
		assertThat(load.heavy()).isFalse();
		assertThat(load.days()).hasSize(7);
		assertThat(load.days().get(0).overCap()).isTrue();
		assertThat(load.days().get(1).overCap()).isFalse();
		assertThat(load.hoursText()).isEqualTo("8 hours");
	}

	@Test
	void findingsSpeakGentlyToTheLeadByName() {
		Finding missed = new MissedWeek(LAST_WEEK);

		assertThat(missed.subject("Sam")).isEqualTo("No check-in from Sam for the week of 23 February 2026");
		assertThat(missed.body("Sam")).contains("A short, friendly message");
	}

	static Rhythm rhythm(LocalDate since, boolean paused, List<WeekCheckIn> checkIns, List<ServedDay> served) {
		LocalDate lastCheckIn = checkIns.stream().map(WeekCheckIn::week).max(LocalDate::compareTo).orElse(null);
		return new Rhythm(since, paused, checkIns, served, lastCheckIn == null ? null : lastCheckIn.plusDays(4),
				TODAY.minusDays(1));
	}

	static WeekCheckIn checkIn(LocalDate week, int wellBeing, int hours) {
		return new WeekCheckIn(week, WellBeing.of(wellBeing), BigDecimal.valueOf(hours));
	}

	static ServedDay served(LocalDate day, int hours) {
		return served(day, BigDecimal.valueOf(hours));
	}

	static ServedDay served(LocalDate day, BigDecimal hours) {
		return new ServedDay(VOLUNTEER, day, hours, 1);
	}

}
