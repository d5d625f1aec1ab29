package org.hearth.conduct;

import java.time.Instant;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.people.Role;

/**
 * A situation someone reported, or that screening filed itself. It joins a case, or
 * becomes a debrief; the reporter may allow their name to be shown to the volunteer it is
 * about.
 */
public record Report(ReportId id, CaseId caseId, DebriefId debriefId, Source source, PersonId reporter,
		Role reporterRole, Subject subject, ReportCategory category, String whatHappened, String excerpts, String links,
		Instant happenedAt, boolean reporterSafe, boolean namedToSubject, UUID screeningId, Instant filedAt) {

	/**
	 * Who filed it: a person, Hearth's screening of a message, or the warnings that added
	 * up.
	 */
	public enum Source {

		PERSON, SCREENING, WARNINGS

	}

	/** How the volunteer it is about may see who raised it. */
	public String raisedByForSubject(String reporterName) {
		return switch (source) {
			case SCREENING -> "Hearth's message screening";
			case WARNINGS -> "Warnings that added up";
			case PERSON -> namedToSubject && reporterName != null ? reporterName : "Someone who asked not to be named";
		};
	}

}
