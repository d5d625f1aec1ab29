package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * Staff lifted a volunteer's suspension: their access is back, and integrations may give
 * back platform roles.
 */
public record VolunteerSuspensionLifted(PersonId volunteer, CaseId caseId, String reason, Instant at) {
}
