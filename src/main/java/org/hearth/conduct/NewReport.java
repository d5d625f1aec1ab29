package org.hearth.conduct;

import java.time.Instant;

/**
 * A report as its reporter writes it: about whom, what kind of situation, what happened,
 * evidence, whether they are safe right now, and whether the volunteer it is about may
 * see their name.
 */
public record NewReport(Subject subject, ReportCategory category, String whatHappened, String excerpts, String links,
		Instant happenedAt, boolean reporterSafe, boolean namedToSubject) {
}
