package org.hearth.gatherings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.hearth.people.PersonId;

/**
 * A training or lead meeting as staff plan it: what, when (a day and time in a time zone,
 * for so many minutes, once or monthly for a few months), where, for whom, and who runs
 * it.
 *
 * @param months how many monthly occurrences: 1 for a one-off, up to 12
 * @param host the lead or staff member who runs it and may take attendance, or
 * {@code null} for staff alone
 */
public record GatheringPlan(GatheringKind kind, String title, String description, LocalDate date, LocalTime time,
		ZoneId zone, int minutes, Venue venue, Audience audience, PersonId host, int months) {
}
