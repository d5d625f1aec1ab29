package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * A critical case was opened and waits at the top of the queue; staff are alerted at
 * once.
 */
record CriticalCaseOpened(CaseId caseId, PersonId volunteer, ReportCategory category, boolean suspended, Instant at) {
}
