package org.hearth.volunteering;

import java.util.Set;

import org.hearth.people.PersonId;

/**
 * What a lead suggestion may know of a lead volunteer: room left, languages, time zone
 * and whether they are away. Nothing else, and never a protected characteristic.
 */
public record LeadCandidate(PersonId lead, String name, int capacity, int load, Set<String> languages, String timeZone,
		boolean away) {

	public LeadCandidate {
		languages = Set.copyOf(languages);
	}

	public int room() {
		return Math.max(0, capacity - load);
	}

}
