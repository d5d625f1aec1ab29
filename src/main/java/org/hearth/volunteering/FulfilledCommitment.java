package org.hearth.volunteering;

import org.hearth.people.PersonId;

/**
 * An enrolment in service whose approved service reached all its commitment asks for.
 *
 * @param lead the volunteer's lead on that enrolment
 * @param roleName the program role they committed to
 */
public record FulfilledCommitment(EnrolmentId enrolment, PersonId volunteer, PersonId lead, String roleName) {
}
