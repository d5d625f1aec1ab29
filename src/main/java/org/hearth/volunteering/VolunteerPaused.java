package org.hearth.volunteering;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/** A volunteer paused their service until a date; their lead and staff are told. */
record VolunteerPaused(EnrolmentId enrolment, PersonId volunteer, PersonId lead, LocalDate until, String roleName) {
}
