package org.hearth.conduct;

import java.time.Instant;

/**
 * What a reporter sees of their report: what they reported and where it stands. Never the
 * case, its decisions or the record of the person it is about.
 */
public record ReportStatus(ReportId id, ReportCategory category, String about, Instant filedAt, String status,
		String explanation, boolean reporterSafe) {
}
