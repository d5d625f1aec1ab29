package org.hearth.volunteering;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/**
 * A volunteer's commitment came within a month of its end: they are asked to renew or to
 * wind down.
 */
record CommitmentEndApproached(EnrolmentId enrolment, PersonId volunteer, LocalDate endsOn, String roleName) {
}
