package org.hearth.volunteering;

import org.hearth.people.PersonId;

/** A volunteer began serving in a role, connected to their lead volunteer. */
record VolunteerActivated(EnrolmentId enrolment, PersonId volunteer, PersonId lead, String roleName) {
}
