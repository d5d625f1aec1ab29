package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * Staff decided a case (or an appeal on it); {@code volunteer} is {@code null} when it is
 * not about a volunteer.
 */
record CaseDecided(CaseId caseId, DecisionId decision, PersonId volunteer, Outcome outcome, String rationale,
		boolean onAppeal, Instant at) {
}
