package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * Staff decided to remove a volunteer. A permanent removal has already ended their access
 * for good and bars new applications; integrations remove their platform roles either
 * way.
 */
public record VolunteerRemoved(PersonId volunteer, CaseId caseId, boolean permanent, String reason, Instant at) {
}
