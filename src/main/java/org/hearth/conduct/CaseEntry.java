package org.hearth.conduct;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * One line of a case's log: a note, evidence, an assignment, an escalation, a reopening,
 * a measure taken.
 */
@NamedInterface("web")
public record CaseEntry(long id, CaseId caseId, Kind kind, String text, String byName, Instant at) {

	public enum Kind {

		REPORT, NOTE, EVIDENCE, ASSIGNMENT, ESCALATION, SUSPENSION, LIFTING, DECISION, APPEAL, RESPONSE, REOPENING,
		CLOSING, REVIEW

	}

}
