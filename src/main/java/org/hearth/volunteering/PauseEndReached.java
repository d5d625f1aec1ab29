package org.hearth.volunteering;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/**
 * A volunteer's pause reached the date they set: they are reminded to resume or talk with
 * their lead.
 */
public record PauseEndReached(EnrolmentId enrolment, PersonId volunteer, LocalDate until, String roleName) {
}
