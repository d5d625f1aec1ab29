package org.hearth.volunteering;

import java.time.LocalDate;
import java.util.Objects;

import org.hearth.people.PersonId;

/**
 * A volunteer in service as other modules need to see them in one list.
 *
 * @param lead the lead volunteer their news goes to: their lead, or the lead's cover
 * while away
 * @param paused whether every enrolment of theirs in service is paused
 * @param since the day their earliest enrolment in service started
 */
public record ServingVolunteer(PersonId volunteer, PersonId lead, boolean paused, LocalDate since) {

	public ServingVolunteer {
		Objects.requireNonNull(volunteer, "volunteer");
		Objects.requireNonNull(lead, "lead");
		Objects.requireNonNull(since, "since");
	}

}
