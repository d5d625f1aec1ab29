package org.hearth.conduct;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A report as its reporter writes it: about whom, what kind of situation, what happened,
 * evidence, whether they are safe right now, whether the volunteer it is about may see
 * their name, and, for a member at risk, the signs that make it critical.
 */
public record NewReport(Subject subject, ReportCategory category, String whatHappened, String excerpts, String links,
		Instant happenedAt, boolean reporterSafe, boolean namedToSubject, Set<RiskSign> riskSigns) {

	public NewReport {
		riskSigns = riskSigns == null || riskSigns.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(EnumSet.copyOf(riskSigns));
	}

	/** A report that names no sign of critical risk. */
	public NewReport(Subject subject, ReportCategory category, String whatHappened, String excerpts, String links,
			Instant happenedAt, boolean reporterSafe, boolean namedToSubject) {
		this(subject, category, whatHappened, excerpts, links, happenedAt, reporterSafe, namedToSubject, Set.of());
	}

}
