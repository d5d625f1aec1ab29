package org.hearth.gatherings;

import java.time.Instant;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/**
 * What a lead or staff member took from a lead meeting, kept with it for leads and staff
 * to read; never for volunteers.
 */
@NamedInterface("web")
public record Reflection(UUID id, GatheringId gathering, PersonId author, String authorName, String text,
		Instant writtenAt) {

	Reflection named(String name) {
		return new Reflection(id, gathering, author, name, text, writtenAt);
	}

}
