package org.hearth.onboarding;

import java.time.LocalDate;

import org.hearth.people.PersonId;

/**
 * Something a volunteer's role requires expires or has gone stale, and they are asked to
 * renew it.
 */
public record RenewalDue(PersonId volunteer, String what, LocalDate dueOn) {
}
