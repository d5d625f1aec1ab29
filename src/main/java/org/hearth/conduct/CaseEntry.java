package org.hearth.conduct;

import java.time.Instant;

/**
 * One line of a case's log: a note, evidence, an assignment, an escalation, a reopening,
 * a measure taken.
 */
public record CaseEntry(long id, CaseId caseId, Kind kind, String text, String byName, Instant at) {

	public enum Kind {

		REPORT, NOTE, EVIDENCE, ASSIGNMENT, ESCALATION, SUSPENSION, LIFTING, DECISION, APPEAL, RESPONSE, REOPENING,
		CLOSING, REVIEW

	}

}
