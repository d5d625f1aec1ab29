package org.hearth.care;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

/**
 * A one-off change to a lead volunteer's weekly hours: on duty for a stretch outside
 * them, or away during them.
 */
public record DutyChange(UUID id, PersonId person, Instant startsAt, Instant endsAt, boolean onDuty, String note) {

	public DutyChange {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(person, "person");
		if (startsAt == null) {
			throw new RequestRefused("startsAt", "Give when the change starts.");
		}
		if (endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new RequestRefused("endsAt", "The change ends after it starts.");
		}
		note = CrisisResource.blankToNull(note);
		if (note != null && note.length() > 200) {
			throw new RequestRefused("note", "Please keep the note under 200 characters.");
		}
	}

	public boolean covers(Instant instant) {
		return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
	}

}
