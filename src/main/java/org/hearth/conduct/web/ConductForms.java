package org.hearth.conduct.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.shared.RequestRefused;
import org.hearth.shared.ViewerZone;
import org.hearth.conduct.ConductCase;
import org.hearth.conduct.NewReport;
import org.hearth.conduct.Outcome;
import org.hearth.conduct.Reply;
import org.hearth.conduct.ReportCategory;
import org.hearth.conduct.RiskSign;
import org.hearth.conduct.Subject;
import org.hearth.conduct.VolunteerConduct.DecisionNotice;
import org.hearth.people.PersonId;
import org.hearth.programs.Platform;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms and request bodies of the conduct desk, shared by pages and API. */
final class ConductForms {

	private ConductForms() {
	}

	/**
	 * Where a refusal of a decision shows: beside the outcome or the rationale, on the
	 * page's form and in the API's body alike.
	 */
	static final Map<ConductCase.Part, String> DECISION_FIELDS = Map.of(ConductCase.Part.OUTCOME, "outcome",
			ConductCase.Part.RATIONALE, "rationale");

	/** Where a refusal of a volunteer's response or appeal shows: beside their words. */
	static final Map<ConductCase.Part, String> REPLY_FIELDS = Map.of(ConductCase.Part.REPLY, "text");

	/** Whom a report is about, as the form asks it. */
	enum About {

		ME, VOLUNTEER, MEMBER, CONVERSATION

	}

	/**
	 * A report as the page's form sends it: a volunteer named by e-mail or name, a member
	 * by their handle, a conversation by a link. Its time is typed in the reporter's own
	 * time zone.
	 */
	record ReportForm(@NotNull(message = "Say whom or what this is about.") About about, String volunteer,
			@Size(max = 300) String reference,
			@NotNull(message = "Choose what kind of situation this is.") ReportCategory category,
			@NotBlank(message = "Tell us in a few words what happened.") @Size(max = 8000) String whatHappened,
			@Size(max = 8000) String excerpts, @Size(max = 2000) String links,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime happenedAt,
			@NotNull(message = "Please tell us whether you are safe right now.") Boolean safe, Boolean named,
			Set<RiskSign> riskSigns, @Size(max = 40,
					message = "Choose where the member is: Discord, the forum, or somewhere else.") String platform) {

		/**
		 * A handle that already names its platform, such as {@code discord:1234}; any
		 * other colon is part of the handle ({@code willow:2} on the forum).
		 */
		private static final java.util.regex.Pattern NAMES_PLATFORM = java.util.regex.Pattern
			.compile("(?i)\\s*(discord|forum|other):(?!//).*", java.util.regex.Pattern.DOTALL);

		static ReportForm start(ReportCategory category) {
			boolean debrief = category == ReportCategory.EMOTIONAL_DISTRESS || category == ReportCategory.CONFLICT
					|| category == ReportCategory.DISAGREEMENT;
			About about = debrief ? About.ME
					: category == ReportCategory.MEMBER_AT_RISK ? About.MEMBER : About.VOLUNTEER;
			return new ReportForm(about, "", "", category, "", "", "", null, null, false, Set.of(), "discord");
		}

		NewReport toReport(PersonId volunteerId, ZoneId typedIn) {
			Subject subject = switch (about) {
				case ME -> null;
				case VOLUNTEER -> Subject.volunteer(volunteerId);
				case MEMBER -> {
					requireReference("Give the member's handle, such as their Discord name or forum alias.");
					yield Subject.member(withPlatform(reference.strip()));
				}
				case CONVERSATION -> {
					requireReference("Give a link to the conversation, or where and when it was.");
					yield Subject.conversation(reference);
				}
			};
			return new NewReport(subject, category, whatHappened, blankToNull(excerpts), blankToNull(links),
					happenedAt == null ? null : ViewerZone.instantOf(happenedAt, typedIn, "happenedAt"),
					safe == null || safe, Boolean.TRUE.equals(named), signs());
		}

		/**
		 * A plan, the means or a goodbye tell how critical a member's risk is; of any
		 * other situation they tell nothing, so a box left ticked there is dropped.
		 */
		private Set<RiskSign> signs() {
			if (riskSigns == null || riskSigns.isEmpty() || category == null || !category.isCare()) {
				return Set.of();
			}
			return riskSigns;
		}

		/**
		 * The member's handle with the platform they are on, so the people on duty know
		 * where to reach them: a handle that names its platform keeps it, a plain one
		 * takes the platform the reporter chose.
		 */
		private String withPlatform(String handle) {
			if (NAMES_PLATFORM.matcher(handle).matches() || platform == null || platform.isBlank()) {
				return handle;
			}
			Platform where = Platform.ofCode(platform)
				.orElseThrow(() -> new RequestRefused("platform",
						"Choose where the member is: discord, forum, or other when it is somewhere else (and say "
								+ "where in what happened)."));
			return where.code() + ":" + handle;
		}

		private void requireReference(String message) {
			if (reference == null || reference.isBlank()) {
				throw new RequestRefused("reference", message);
			}
		}

	}

	/** A report sent to the API: the volunteer by id. */
	record ReportRequest(@NotNull(message = "Say whom or what this is about.") About about, UUID volunteerId,
			@Size(max = 300) String reference, @NotNull(message = "Choose a category.") ReportCategory category,
			@NotBlank(message = "Say what happened.") @Size(max = 8000) String whatHappened,
			@Size(max = 8000) String excerpts, @Size(max = 2000) String links, java.time.Instant happenedAt,
			@NotNull(message = "Say whether the reporter is safe right now.") Boolean reporterSafe,
			Boolean namedToSubject,
			@Schema(description = "For a member at risk: whether they spoke of a plan or a time, have the means at "
					+ "hand, or said goodbye. Any of them makes it critical and alerts staff at once as well.") Set<RiskSign> riskSigns,
			@Schema(description = "For a member: the platform their handle is on, discord, forum or other, unless "
					+ "the reference names it (discord:1234)") @Size(max = 40) String platform) {

		NewReport toReport() {
			if (about == About.VOLUNTEER && volunteerId == null) {
				throw new RequestRefused("volunteerId", "Give the id of the volunteer this is about.");
			}
			ReportForm form = new ReportForm(about, null, reference, category, whatHappened, excerpts, links, null,
					reporterSafe, namedToSubject, riskSigns, platform);
			NewReport report = form.toReport(volunteerId == null ? null : new PersonId(volunteerId), ZoneOffset.UTC);
			return new NewReport(report.subject(), report.category(), report.whatHappened(), report.excerpts(),
					report.links(), happenedAt, report.reporterSafe(), report.namedToSubject(), report.riskSigns());
		}

	}

	record DecisionForm(Long version, @NotNull(message = "Choose an outcome, even if it is no action.") Outcome outcome,
			@NotBlank(message = "Write the reasons for this decision; the volunteer will read them.") @Size(
					max = 8000) String rationale,
			Boolean recordAsWritten) {

		static DecisionForm empty(long version) {
			return new DecisionForm(version, null, "", false);
		}

		boolean asWritten() {
			return Boolean.TRUE.equals(recordAsWritten);
		}

	}

	record TextForm(Long version, @NotBlank(message = "Write something first.") @Size(max = 8000) String text) {
	}

	/**
	 * A response or an appeal sent through the link in a decision's e-mail, by a
	 * volunteer who cannot sign in.
	 */
	record ReplyForm(@NotNull(message = "Choose whether to respond or to appeal.") Reply.Kind kind,
			@NotBlank(message = "Write a few words so staff understand your view.") @Size(max = 8000,
					message = "Please keep it under 8,000 characters.") String text) {

		/** An empty form; the kind is chosen already when only one is open. */
		static ReplyForm start(DecisionNotice notice) {
			Reply.Kind only = notice.mayAppeal() == notice.mayRespond() ? null
					: notice.mayAppeal() ? Reply.Kind.APPEAL : Reply.Kind.RESPONSE;
			return new ReplyForm(only, "");
		}

	}

	record VersionForm(@NotNull(message = "Send the version you read.") Long version) {
	}

	record EntryForm(@NotNull(message = "Say whether this is a note or evidence.") EntryKind kind,
			@NotBlank(message = "Write something first.") @Size(max = 8000) String text) {
	}

	enum EntryKind {

		NOTE, EVIDENCE

	}

	record FeedbackForm(UUID volunteer, @NotBlank(message = "Write the feedback first.") @Size(max = 4000) String text,
			Boolean sendAsWritten) {
	}

	record AnswerForm(@NotBlank(message = "Write your answer, or simply acknowledge the feedback.") @Size(
			max = 4000) String answer) {
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
