package org.hearth.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/**
 * Weekly hours a lead volunteer is on duty, in their own time zone: from {@code starts}
 * on {@code day} to {@code ends}, which may be past midnight (22:00 to 02:00 ends on the
 * next day).
 */
@NamedInterface("web")
public record DutyHours(UUID id, PersonId person, DayOfWeek day, LocalTime starts, LocalTime ends, ZoneId zone) {

	/** The parts of weekly hours they refuse. */
	public enum Part implements RequestRefused.Part {

		DAY, START, END

	}

	public DutyHours {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(person, "person");
		if (day == null) {
			throw new RequestRefused(Part.DAY, "Choose a day of the week.");
		}
		if (starts == null) {
			throw new RequestRefused(Part.START, "Give the time your hours start.");
		}
		if (ends == null) {
			throw new RequestRefused(Part.END, "Give the time your hours end.");
		}
		if (starts.equals(ends)) {
			throw new RequestRefused(Part.END, "Your hours end at a different time than they start.");
		}
		Objects.requireNonNull(zone, "zone");
	}

	/** Whether these hours cover the instant, in the person's time zone. */
	public boolean covers(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		LocalTime time = local.toLocalTime();
		if (starts.isBefore(ends)) {
			return local.getDayOfWeek() == day && !time.isBefore(starts) && time.isBefore(ends);
		}
		return (local.getDayOfWeek() == day && !time.isBefore(starts))
				|| (local.getDayOfWeek() == day.plus(1) && time.isBefore(ends));
	}

}
