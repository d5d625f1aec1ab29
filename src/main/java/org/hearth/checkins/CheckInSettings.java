package org.hearth.checkins;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the weekly rhythm, under {@code hearth.checkins}. The caps follow
 * Shout 85258 (4 hours in a day, 16 in a week), the silence CASA's 14 days without
 * contact.
 *
 * @param hoursPerDayCap logged hours in one day above which the lead hears of a long day
 * @param hoursPerWeekCap hours in one week (checked in or logged, whichever is more)
 * above which the lead hears of a heavy week
 * @param silenceDays days without a check-in or logged service after which the lead is
 * told
 * @param trendCheckIns how many check-ins in a row a falling well-being trend spans
 * @param trendDrop by how many points well-being must fall over those check-ins
 * @param lowWellBeing a check-in at or below this score is told to the lead on its own
 * @param staffAfterAlerts how many alerts about one volunteer within the window reach
 * staff
 * @param staffWindowWeeks the window, in weeks, in which alerts are counted
 */
@ConfigurationProperties("hearth.checkins")
record CheckInSettings(@DefaultValue("4") BigDecimal hoursPerDayCap, @DefaultValue("16") BigDecimal hoursPerWeekCap,
		@DefaultValue("14") int silenceDays, @DefaultValue("3") int trendCheckIns, @DefaultValue("2") int trendDrop,
		@DefaultValue("1") int lowWellBeing, @DefaultValue("3") int staffAfterAlerts,
		@DefaultValue("4") int staffWindowWeeks) {

	CheckInSettings {
		if (hoursPerDayCap.signum() <= 0 || hoursPerWeekCap.compareTo(hoursPerDayCap) < 0) {
			throw new IllegalArgumentException(
					"hearth.checkins.hours-per-day-cap must be positive and no more than hours-per-week-cap");
		}
		if (silenceDays < 7) {
			throw new IllegalArgumentException("hearth.checkins.silence-days is at least 7, one week of check-ins");
		}
		if (trendCheckIns < 2 || trendDrop < 1 || trendDrop > 4) {
			throw new IllegalArgumentException(
					"hearth.checkins.trend-check-ins is at least 2, and trend-drop between 1 and 4 points");
		}
		if (lowWellBeing < 0 || lowWellBeing > 4) {
			throw new IllegalArgumentException("hearth.checkins.low-well-being is a score from 0 (never alone) to 4");
		}
		if (staffAfterAlerts < 2 || staffWindowWeeks < 1) {
			throw new IllegalArgumentException(
					"hearth.checkins.staff-after-alerts is at least 2, and staff-window-weeks at least 1");
		}
	}

	static CheckInSettings defaults() {
		return new CheckInSettings(BigDecimal.valueOf(4), BigDecimal.valueOf(16), 14, 3, 2, 1, 3, 4);
	}

}
