package org.hearth.onboarding;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/**
 * Something a volunteer's role requires fell due for renewal (it expires soon or has gone
 * stale): they are asked to renew it.
 */
record RenewalFellDue(PersonId volunteer, String what, LocalDate dueOn) {
}
