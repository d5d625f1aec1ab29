package org.hearth.conduct;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.hearth.people.PersonId;

/**
 * Someone reported that a community member may be at risk of harming themselves. It is
 * care, not conduct: no case is opened, and the care module alerts the people on duty.
 *
 * @param memberHandle the member's pseudonymous handle, as the reporter gave it
 * @param signs what the reporter saw of a plan, the means or a goodbye; empty when none
 * (and in events stored before reporters were asked)
 */
public record MemberAtRiskReported(ReportId report, PersonId reporter, String memberHandle, String whatHappened,
		String excerpts, Set<RiskSign> signs, Instant at) {

	public MemberAtRiskReported {
		signs = signs == null || signs.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(EnumSet.copyOf(signs));
	}

	/** Whether the reporter saw a plan, the means or a goodbye. */
	public boolean critical() {
		return !signs.isEmpty();
	}

}
