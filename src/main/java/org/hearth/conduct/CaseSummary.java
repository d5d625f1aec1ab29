package org.hearth.conduct;

import java.time.Instant;

import org.hearth.screening.Severity;

/** A line of the staff queue or of a volunteer's history. */
public record CaseSummary(CaseId id, long reference, String title, SubjectKind subjectKind, String subjectName,
		Severity severity, CaseStatus status, String assigneeName, Instant openedAt, int reports, Outcome lastOutcome,
		long version) {
}
