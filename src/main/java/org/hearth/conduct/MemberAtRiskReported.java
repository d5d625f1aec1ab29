package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * Someone reported that a community member may be at risk of harming themselves. It is
 * care, not conduct: no case is opened, and the care module alerts the people on duty.
 *
 * @param memberHandle the member's pseudonymous handle, as the reporter gave it
 */
public record MemberAtRiskReported(ReportId report, PersonId reporter, String memberHandle, String whatHappened,
		String excerpts, Instant at) {
}
