package org.hearth.volunteering;

import org.hearth.people.PersonId;

/** A paused volunteer is serving again. */
record VolunteerResumed(EnrolmentId enrolment, PersonId volunteer, PersonId lead, String roleName) {
}
