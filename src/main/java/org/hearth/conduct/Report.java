package org.hearth.conduct;

import java.time.Instant;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.people.Role;

import org.springframework.modulith.NamedInterface;

/**
 * A situation someone reported, or that screening filed itself. It joins a case, or
 * becomes a debrief; the reporter may allow their name to be shown to the volunteer it is
 * about. New reports are made with {@link #byPerson}, {@link #byScreening} or
 * {@link #byWarnings}, and placed with {@link #onCase} or {@link #inDebrief}; the store
 * alone rebuilds one from every field.
 */
@NamedInterface("web")
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

	/** A report a person wrote, not yet on a case or in a debrief. */
	static Report byPerson(PersonId reporter, Role reporterRole, NewReport report, Instant filedAt) {
		return new Report(ReportId.random(), null, null, Source.PERSON, reporter, reporterRole, report.subject(),
				report.category(), report.whatHappened(), report.excerpts(), report.links(), report.happenedAt(),
				report.reporterSafe(), report.namedToSubject(), null, filedAt);
	}

	/**
	 * What Hearth's screening of a message filed itself: nobody is named as its reporter,
	 * and nobody is waiting to feel safe.
	 */
	static Report byScreening(UUID screeningId, Subject subject, ReportCategory category, Screened message,
			Instant filedAt) {
		return new Report(ReportId.random(), null, null, Source.SCREENING, null, null, subject, category,
				message.whatHappened(), message.excerpt(), null, message.at(), true, false, screeningId, filedAt);
	}

	/**
	 * What screening says of one message: what it found, the words, and when they were
	 * written.
	 */
	record Screened(String whatHappened, String excerpt, Instant at) {
	}

	/** A review Hearth opened itself because a volunteer's warnings added up. */
	static Report byWarnings(PersonId volunteer, String whatHappened, Instant filedAt) {
		return new Report(ReportId.random(), null, null, Source.WARNINGS, null, null, Subject.volunteer(volunteer),
				ReportCategory.PLATFORM_TERMS_VIOLATION, whatHappened, null, null, filedAt, true, false, null, filedAt);
	}

	/** This report, filed on a case. */
	Report onCase(CaseId id) {
		return new Report(this.id, id, null, source, reporter, reporterRole, subject, category, whatHappened, excerpts,
				links, happenedAt, reporterSafe, namedToSubject, screeningId, filedAt);
	}

	/** This report, routed to a debrief with the lead instead of a case. */
	Report inDebrief(DebriefId id) {
		return new Report(this.id, null, id, source, reporter, reporterRole, subject, category, whatHappened, excerpts,
				links, happenedAt, reporterSafe, namedToSubject, screeningId, filedAt);
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
