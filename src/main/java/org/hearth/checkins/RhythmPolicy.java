package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.hearth.checkins.Finding.FallingWellBeing;
import org.hearth.checkins.Finding.HeavyWeek;
import org.hearth.checkins.Finding.LongDay;
import org.hearth.checkins.Finding.LowWellBeing;
import org.hearth.checkins.Finding.MissedWeek;
import org.hearth.checkins.Finding.Silence;
import org.hearth.volunteering.ServedDay;

/**
 * What in a volunteer's rhythm their lead should hear about, on a given day: a missed
 * week, a falling or low well-being, a heavy week or a long day, and silence. Plain Java,
 * so each rule is tested on its own.
 */
final class RhythmPolicy {

	private final CheckInSettings settings;

	RhythmPolicy(CheckInSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	/** One week's check-in as the rules read it. */
	record WeekCheckIn(LocalDate week, WellBeing wellBeing, BigDecimal hours) {
	}

	/**
	 * What is known of one volunteer: since when they serve, whether they are paused,
	 * their recent check-ins, the service they logged over the last
	 * {@link #lookBackDays()} days, and the last day they ever checked in and logged
	 * service ({@code null} if never).
	 */
	record Rhythm(LocalDate since, boolean paused, List<WeekCheckIn> checkIns, List<ServedDay> served,
			LocalDate lastCheckedIn, LocalDate lastServed) {

		Rhythm {
			Objects.requireNonNull(since, "since");
			checkIns = checkIns.stream().sorted(Comparator.comparing(WeekCheckIn::week)).toList();
			served = List.copyOf(served);
		}

	}

	/** How many days back the service log is read for these rules: last week and this. */
	int lookBackDays() {
		return 14;
	}

	/** Everything the lead should hear about this volunteer on {@code today}. */
	List<Finding> findings(Rhythm rhythm, LocalDate today) {
		LocalDate thisWeek = Weeks.of(today);
		LocalDate lastWeek = thisWeek.minusWeeks(1);
		var findings = new ArrayList<Finding>();
		if (!rhythm.paused() && !rhythm.since().isAfter(lastWeek)
				&& rhythm.checkIns().stream().noneMatch(c -> c.week().equals(lastWeek))) {
			findings.add(new MissedWeek(lastWeek));
		}
		List<WeekCheckIn> recent = rhythm.checkIns().stream().filter(c -> !c.week().isAfter(thisWeek)).toList();
		fallingTrend(recent, lastWeek).ifPresent(findings::add);
		for (WeekCheckIn checkIn : recent) {
			if (!checkIn.week().isBefore(lastWeek) && checkIn.wellBeing().score() <= settings.lowWellBeing()) {
				findings.add(new LowWellBeing(checkIn.week(), checkIn.wellBeing()));
			}
		}
		for (LocalDate week : List.of(lastWeek, thisWeek)) {
			BigDecimal hours = heavierOf(week, rhythm);
			if (hours.compareTo(settings.hoursPerWeekCap()) > 0) {
				findings.add(new HeavyWeek(week, hours, settings.hoursPerWeekCap()));
			}
		}
		for (ServedDay day : rhythm.served()) {
			if (!day.day().isBefore(today.minusDays(7)) && !day.day().isAfter(today)
					&& day.hours().compareTo(settings.hoursPerDayCap()) > 0) {
				findings.add(new LongDay(day.day(), day.hours(), settings.hoursPerDayCap()));
			}
		}
		silence(rhythm, today).ifPresent(findings::add);
		return findings;
	}

	private java.util.Optional<Finding> fallingTrend(List<WeekCheckIn> checkIns, LocalDate lastWeek) {
		int n = settings.trendCheckIns();
		if (checkIns.size() < n) {
			return java.util.Optional.empty();
		}
		List<WeekCheckIn> trend = checkIns.subList(checkIns.size() - n, checkIns.size());
		if (trend.get(n - 1).week().isBefore(lastWeek)) {
			return java.util.Optional.empty();
		}
		for (int i = 1; i < n; i++) {
			if (trend.get(i).wellBeing().score() > trend.get(i - 1).wellBeing().score()) {
				return java.util.Optional.empty();
			}
		}
		int drop = trend.get(0).wellBeing().score() - trend.get(n - 1).wellBeing().score();
		if (drop < settings.trendDrop()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(new FallingWellBeing(trend.get(n - 1).week(), trend.stream().map(WeekCheckIn::wellBeing).toList()));
	}

	/** The hours of a week: checked in or logged, whichever is more. */
	private static BigDecimal heavierOf(LocalDate week, Rhythm rhythm) {
		BigDecimal checkedIn = rhythm.checkIns()
			.stream()
			.filter(c -> c.week().equals(week))
			.map(WeekCheckIn::hours)
			.findFirst()
			.orElse(BigDecimal.ZERO);
		BigDecimal logged = loggedIn(week, rhythm.served());
		return checkedIn.max(logged);
	}

	static BigDecimal loggedIn(LocalDate week, List<ServedDay> served) {
		return served.stream()
			.filter(d -> !d.day().isBefore(week) && d.day().isBefore(week.plusWeeks(1)))
			.map(ServedDay::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private java.util.Optional<Finding> silence(Rhythm rhythm, LocalDate today) {
		if (rhythm.paused()) {
			return java.util.Optional.empty();
		}
		LocalDate lastContact = rhythm.since();
		for (LocalDate contact : java.util.Arrays.asList(rhythm.lastCheckedIn(), rhythm.lastServed())) {
			if (contact != null && contact.isAfter(lastContact)) {
				lastContact = contact;
			}
		}
		long days = ChronoUnit.DAYS.between(lastContact, today);
		return days >= settings.silenceDays() ? java.util.Optional.of(new Silence(lastContact, days))
				: java.util.Optional.empty();
	}

	/**
	 * Whether staff should hear about a volunteer whose lead had {@code recentAlerts}
	 * alerts about them within the window, unless staff were told within it already.
	 */
	boolean tellStaff(long recentAlerts, boolean staffToldWithinWindow) {
		return recentAlerts >= settings.staffAfterAlerts() && !staffToldWithinWindow;
	}

	/**
	 * A volunteer's own load this week: the hours they logged each day and in all,
	 * against the caps; the hours they checked in count when they are more.
	 */
	Workload workload(LocalDate today, List<ServedDay> served, BigDecimal checkedIn) {
		LocalDate week = Weeks.of(today);
		var days = new ArrayList<Workload.Day>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = week.plusDays(i);
			BigDecimal hours = served.stream()
				.filter(d -> d.day().equals(day))
				.map(ServedDay::hours)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			days.add(new Workload.Day(day, hours, hours.compareTo(settings.hoursPerDayCap()) > 0));
		}
		BigDecimal logged = loggedIn(week, served);
		BigDecimal total = checkedIn == null ? logged : logged.max(checkedIn);
		return new Workload(week, days, total, settings.hoursPerDayCap(), settings.hoursPerWeekCap(),
				total.compareTo(settings.hoursPerWeekCap()) > 0);
	}

}
