package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A volunteer's load in one week, day by day, against the caps Hearth suggests.
 *
 * @param week the Monday of the week
 * @param hours the week's hours: logged, or checked in when that is more
 * @param heavy whether the week's hours are above the weekly cap
 */
@NamedInterface("web")
public record Workload(LocalDate week, List<Day> days, BigDecimal hours, BigDecimal dayCap, BigDecimal weekCap,
		boolean heavy) {

	public Workload {
		days = List.copyOf(days);
	}

	/** One day of the week, and whether it went above the daily cap. */
	public record Day(LocalDate day, BigDecimal hours, boolean overCap) {

		public String hoursText() {
			return Hours.number(hours);
		}

		public String dayName() {
			return day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
		}

	}

	public String hoursText() {
		return Hours.of(hours);
	}

	public String dayCapText() {
		return Hours.of(dayCap);
	}

	public String weekCapText() {
		return Hours.of(weekCap);
	}

	public boolean anyLongDay() {
		return days.stream().anyMatch(Day::overCap);
	}

}
