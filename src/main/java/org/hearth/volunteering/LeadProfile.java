package org.hearth.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;

/**
 * A lead volunteer of a program: how many volunteers they can accompany, the languages
 * they speak and their time zone, and who covers for them while they are away.
 */
public record LeadProfile(PersonId lead, String name, ProgramId program, int capacity, List<String> languages,
		String timeZone, LocalDate awayUntil, PersonId cover, Instant steppedDownAt, int load, long version) {

	public boolean awayOn(LocalDate day) {
		return awayUntil != null && !day.isAfter(awayUntil);
	}

	public int room() {
		return Math.max(0, capacity - load);
	}

	public boolean serving() {
		return steppedDownAt == null;
	}

}
