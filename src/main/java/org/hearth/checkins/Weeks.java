package org.hearth.checkins;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Check-in weeks run from Monday to Sunday; a week is named by its Monday. */
@NamedInterface("web")
public final class Weeks {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private Weeks() {
	}

	/** The Monday of the week the day falls in. */
	public static LocalDate of(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** "the week of 30 November 2026". */
	public static String named(LocalDate week) {
		return "the week of " + DAY.format(week);
	}

	public static String day(LocalDate day) {
		return DAY.format(day);
	}

}
