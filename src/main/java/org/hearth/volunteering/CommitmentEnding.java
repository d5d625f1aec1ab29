package org.hearth.volunteering;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/** A volunteer's commitment ends soon: they are asked to renew or to wind down. */
public record CommitmentEnding(EnrolmentId enrolment, PersonId volunteer, LocalDate endsOn, String roleName) {
}
