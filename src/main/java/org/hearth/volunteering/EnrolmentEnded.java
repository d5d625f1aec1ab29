package org.hearth.volunteering;

import org.hearth.people.PersonId;

/** A volunteer's service in a role ended: withdrawn, or removed with their access. */
record EnrolmentEnded(EnrolmentId enrolment, PersonId volunteer, EnrolmentState state, String reason, String roleName) {
}
