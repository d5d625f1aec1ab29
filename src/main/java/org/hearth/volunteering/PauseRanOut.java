package org.hearth.volunteering;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/**
 * A volunteer's pause ran out on the date they set (they are still paused until they
 * resume): they are reminded to resume or talk with their lead.
 */
record PauseRanOut(EnrolmentId enrolment, PersonId volunteer, LocalDate until, String roleName) {
}
