package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * A volunteer's access was suspended while staff review a case: their sessions and API
 * tokens have already ended. Integrations take away their platform roles (Discord,
 * forum).
 */
public record VolunteerSuspended(PersonId volunteer, CaseId caseId, String reason, Instant at) {
}
