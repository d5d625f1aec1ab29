package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/**
 * One volunteer's last weeks as their lead (or staff, or the volunteer) sees them: a
 * point for each week, the check-ins themselves, and the alerts raised.
 *
 * @param weeks one entry per week, oldest first, ending with this week
 * @param checkIns the check-ins of those weeks, newest first
 */
@NamedInterface("web")
public record VolunteerRhythm(PersonId volunteer, String name, List<WeekPoint> weeks, List<CheckIn> checkIns,
		List<Alert> alerts) {

	public VolunteerRhythm {
		weeks = List.copyOf(weeks);
		checkIns = List.copyOf(checkIns);
		alerts = List.copyOf(alerts);
	}

	/**
	 * One week: the well-being checked in (or {@code null} when there was no check-in)
	 * and the hours served, checked in or logged, whichever is more.
	 */
	public record WeekPoint(LocalDate week, WellBeing wellBeing, BigDecimal hours) {

		public boolean checkedIn() {
			return wellBeing != null;
		}

	}

	/** The newest check-in, or {@code null}. */
	public CheckIn latest() {
		return checkIns.isEmpty() ? null : checkIns.get(0);
	}

}
