package org.hearth.conduct;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;
import org.hearth.audit.AuditLog;
import org.hearth.conduct.ImmediateRemovalPolicy.Measure;
import org.hearth.conduct.ImmediateRemovalPolicy.NoImmediateMeasure;
import org.hearth.conduct.ImmediateRemovalPolicy.SuspendAtOnce;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.screening.Action;
import org.hearth.screening.Category;
import org.hearth.screening.ScreeningFailed;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.volunteering.Volunteers;
import org.hearth.screening.Severity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of situations, by people and by screening. A report about a volunteer joins or
 * opens a case; a volunteer's report of conflict, disagreement or their own distress
 * becomes a debrief; the Code's immediate-removal rule is applied before the report is
 * even saved. The reporter sees only where their report stands.
 */
@Service
public class Reports {

	private final ReportStore reports;

	private final CaseStore cases;

	private final CaseIntake intake;

	private final Debriefs debriefs;

	private final Measures measures;

	private final Names names;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Volunteers volunteers;

	private final ImmediateRemovalPolicy removalPolicy = new ImmediateRemovalPolicy();

	private final DebriefPolicy debriefPolicy = new DebriefPolicy();

	Reports(ReportStore reports, CaseStore cases, CaseIntake intake, Debriefs debriefs, Measures measures, Names names,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, Volunteers volunteers) {
		this.reports = reports;
		this.cases = cases;
		this.intake = intake;
		this.debriefs = debriefs;
		this.measures = measures;
		this.names = names;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.volunteers = volunteers;
	}

	@Transactional
	public ReportStatus file(NewReport report, HearthUser reporter) {
		boolean toDebrief = report.category() != null
				&& debriefPolicy.routesToDebrief(report.category(), reporter.role());
		if (toDebrief && report.subject() == null) {
			report = new NewReport(Subject.volunteer(reporter.id()), report.category(), report.whatHappened(),
					report.excerpts(), report.links(), report.happenedAt(), report.reporterSafe(),
					report.namedToSubject());
		}
		check(report);
		Instant now = clock.instant();
		if (report.category().isCare()) {
			return passToCare(report, reporter, now);
		}
		if (toDebrief) {
			DebriefRequest debrief = debriefs.request(reporter.id(), report.category(), report.whatHappened(),
					report.reporterSafe(), now);
			Report filed = Report.byPerson(reporter.id(), reporter.role(), report, now).inDebrief(debrief.id());
			reports.insert(filed);
			audit.record("conduct.report-filed", "conduct-report", filed.id(),
					report.category() + " routed to a debrief with the lead");
			return statusOf(filed);
		}
		boolean leadsSubject = reporter.role() == Role.LEAD && report.subject().isVolunteer()
				&& volunteers.leads(reporter.id(), report.subject().volunteer());
		Measure measure = removalPolicy.measureFor(report.category(), report.subject(),
				new ImmediateRemovalPolicy.Reporter(reporter.role(), leadsSubject));
		Severity severity = report.category().defaultSeverity();
		if (!report.reporterSafe()) {
			severity = severity.atLeast(Severity.HIGH);
		}
		if (!(measure instanceof NoImmediateMeasure)) {
			severity = Severity.CRITICAL;
		}
		Report filed = Report.byPerson(reporter.id(), reporter.role(), report, now);
		ConductCase c = intake.intake(filed, severity, reporter.displayName(), now);
		audit.record("conduct.report-filed", "conduct-report", filed.id(), report.category() + " on case #"
				+ c.reference() + (report.reporterSafe() ? "" : "; reporter not safe"));
		take(measure, c, report.category(), reporter.id(), reporter.displayName(), now);
		return statusOf(reports.find(filed.id()).orElseThrow());
	}

	/**
	 * A member at risk is answered by care at once; the report stays on record for its
	 * reporter, and no case is opened about anyone.
	 */
	private ReportStatus passToCare(NewReport report, HearthUser reporter, Instant now) {
		if (report.subject().kind() != SubjectKind.MEMBER) {
			throw new RequestRefused("reference", "Give the member's handle (their Discord name or forum alias), "
					+ "so the people on duty can reach them.");
		}
		Report filed = Report.byPerson(reporter.id(), reporter.role(), report, now);
		reports.insert(filed);
		audit.record("conduct.report-filed", "conduct-report", filed.id(),
				"Member at risk, passed to care" + (report.riskSigns().isEmpty() ? ""
						: "; critical: " + report.riskSigns()
							.stream()
							.map(sign -> sign.label().toLowerCase(java.util.Locale.ROOT))
							.collect(Collectors.joining(", "))));
		events.publishEvent(new MemberAtRiskReported(filed.id(), reporter.id(), report.subject().reference(),
				report.whatHappened(), report.excerpts(), report.riskSigns(), now));
		return statusOf(filed);
	}

	/**
	 * Files what screening flagged about how a person treated others: a volunteer's
	 * message opens or joins a case about them (and a self-harm-encouragement hit
	 * suspends them at once, unless only the learned tier found it: then the case is
	 * critical and staff confirm before anyone is suspended); a member's message opens a
	 * case about their handle. A crisis is the author's own and never becomes a case
	 * about them, nor counts toward a measure: care answers it, and a volunteer's own
	 * crisis also asks their lead for a debrief. Filing the same screening twice changes
	 * nothing, so a redelivered event is harmless.
	 */
	@Transactional
	void fileScreeningHit(ScreeningFlagged hit) {
		if (reports.screeningFiled(hit.screeningId())) {
			return;
		}
		Instant now = clock.instant();
		boolean volunteerAuthor = hit.volunteer() != null;
		Map<Category, Severity> conduct = hit.conductSeverities();
		if (conduct.isEmpty()) {
			if (volunteerAuthor && hit.signalsCrisis()) {
				askLeadForDebrief(hit, now);
			}
			return;
		}
		ReportCategory category = mostSevere(conduct.keySet());
		// The screener's action says when only its learned tier found what would take
		// access away: a person then confirms before anyone is suspended.
		boolean learnedTierAlone = hit.action() == Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM;
		Action action = conduct.keySet()
			.stream()
			.map(broken -> Action.forCategory(broken, hit.authorRole()))
			.reduce(Action.NONE, Action::strongest);
		if (learnedTierAlone && action.takesAccessAway()) {
			action = Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM;
		}
		// A flag published before screening cleaned its text may still carry characters
		// the database refuses; it must be filed all the same.
		String what = StorableText
			.clean("Screening flagged a message" + (hit.source() == null ? "" : " on " + hit.source())
					+ (hit.messageRef() == null ? "" : " (" + hit.messageRef() + ")") + ": "
					+ conduct.keySet().stream().map(Category::name).collect(Collectors.joining(", "))
					+ ". Suggested action: " + action.jsonName() + ".");
		Subject subject = volunteerAuthor ? Subject.volunteer(hit.volunteer())
				: memberSubject(hit.memberHandle(), hit.source(), hit.messageRef(), hit.screeningId());
		Measure measure = volunteerAuthor
				? removalPolicy.measureFor(category, subject,
						new ImmediateRemovalPolicy.ScreeningOfVolunteerMessage(learnedTierAlone))
				: new NoImmediateMeasure();
		Severity severity = conduct.values().stream().reduce(category.defaultSeverity(), Severity::atLeast);
		if (!(measure instanceof NoImmediateMeasure)) {
			severity = Severity.CRITICAL;
		}
		Report filed = Report.byScreening(hit.screeningId(), subject, category,
				new Report.Screened(what, StorableText.clean(hit.excerpt()), hit.at()), now);
		ConductCase c = intake.intake(filed, severity, "Message screening", now);
		audit.record("conduct.screening-filed", "conduct-report", filed.id(),
				conduct.keySet().stream().map(Category::name).collect(Collectors.joining(",")) + " on case #"
						+ c.reference());
		take(measure, c, category, null, "Message screening", now);
	}

	/**
	 * Files a message screening could not read: a case in the staff queue, severity high,
	 * so a person reads it and acts as the Code says. A failure is not a finding: no
	 * measure is taken against the author. Filing twice changes nothing.
	 */
	@Transactional
	void fileScreeningFailure(ScreeningFailed failed) {
		if (reports.screeningFiled(failed.screeningId())) {
			return;
		}
		Instant now = clock.instant();
		String what = "Screening could not read a message" + (failed.source() == null ? "" : " on " + failed.source())
				+ (failed.messageRef() == null ? "" : " (" + failed.messageRef() + ")")
				+ ". It was held, not passed as clean: read it and act as the Code says. Suggested action: "
				+ Action.HOLD_FOR_HUMAN_REVIEW.jsonName() + ".";
		Subject subject = failed.volunteer() != null ? Subject.volunteer(failed.volunteer())
				: memberSubject(failed.memberHandle(), failed.source(), failed.messageRef(), failed.screeningId());
		Report filed = Report.byScreening(failed.screeningId(), subject, ReportCategory.OTHER,
				new Report.Screened(what, failed.excerpt(), failed.at()), now);
		ConductCase c = intake.intake(filed, Severity.HIGH, "Message screening", now);
		audit.record("conduct.screening-failed", "conduct-report", filed.id(),
				"held for review on case #" + c.reference());
	}

	/**
	 * Whom a case about a member's screened message is about: the member by their handle;
	 * when the platform could not say who wrote it, the message itself, so that messages
	 * of unrelated members never share one case.
	 */
	static Subject memberSubject(String handle, String source, String messageRef, java.util.UUID screeningId) {
		String member = handle == null ? "" : StorableText.clean(handle);
		if (!member.isBlank()) {
			return Subject.member(member);
		}
		String ref = messageRef == null ? "" : StorableText.clean(messageRef);
		String platform = source == null ? "" : StorableText.clean(source);
		String where = platform.isBlank() ? "" : platform + " ";
		return Subject.conversation(
				ref.isBlank() ? "screened message " + screeningId : "unknown member, " + where + "message " + ref);
	}

	/** A volunteer's own crisis: support from their lead, never discipline. */
	private void askLeadForDebrief(ScreeningFlagged hit, Instant now) {
		String what = StorableText.clean("Screening flagged a message"
				+ (hit.source() == null ? "" : " on " + hit.source()) + " that may show the volunteer is struggling.");
		DebriefRequest debrief = debriefs.request(hit.volunteer(), ReportCategory.EMOTIONAL_DISTRESS,
				"Screening noticed that a message you wrote may show you are struggling. Your lead will reach out.",
				true, now);
		reports.insert(Report
			.byScreening(hit.screeningId(), Subject.volunteer(hit.volunteer()), ReportCategory.EMOTIONAL_DISTRESS,
					new Report.Screened(what, StorableText.clean(hit.excerpt()), hit.at()), now)
			.inDebrief(debrief.id()));
	}

	private void take(Measure measure, ConductCase c, ReportCategory category, PersonId by, String byName,
			Instant now) {
		boolean suspended = false;
		if (measure instanceof SuspendAtOnce suspend) {
			suspended = measures.suspend(c, suspend.reason(), by, byName);
		}
		else if (measure instanceof ImmediateRemovalPolicy.ReviewAtOnce review) {
			cases.addEntry(c.id(), CaseEntry.Kind.ESCALATION, review.reason(), by, byName, now);
		}
		if (c.severity() == Severity.CRITICAL) {
			events.publishEvent(new CriticalCaseOpened(c.id(), c.subject().volunteer(), category, suspended, now));
		}
	}

	private static ReportCategory mostSevere(Set<Category> categories) {
		ReportCategory worst = ReportCategory.OTHER;
		for (Category broken : categories) {
			ReportCategory category = ReportCategory.forScreening(broken).orElse(ReportCategory.OTHER);
			if (category.defaultSeverity().compareTo(worst.defaultSeverity()) > 0) {
				worst = category;
			}
		}
		return worst;
	}

	/** The reporter's own reports, newest first, each with where it stands. */
	@Transactional(readOnly = true)
	public List<ReportStatus> filedBy(PersonId reporter) {
		return reports.filedBy(reporter).stream().map(this::statusOf).toList();
	}

	/** One report's status, for its reporter only: to anyone else it does not exist. */
	@Transactional(readOnly = true)
	public ReportStatus status(ReportId id, PersonId reporter) {
		return reports.find(id)
			.filter(report -> reporter.equals(report.reporter()))
			.map(this::statusOf)
			.orElseThrow(() -> new NotFound("You have no report with this reference."));
	}

	private ReportStatus statusOf(Report report) {
		String about = switch (report.subject().kind()) {
			case VOLUNTEER -> report.debriefId() != null && report.subject().volunteer().equals(report.reporter())
					? "You" : "A volunteer";
			case MEMBER -> "A community member";
			case CONVERSATION -> "A conversation";
		};
		if (report.debriefId() != null) {
			boolean held = debriefs.isHeld(report.debriefId());
			return new ReportStatus(report.id(), report.category(), about, report.filedAt(),
					held ? "Debrief held" : "Debrief requested",
					held ? "Your lead held a debrief with you. You can always ask for another."
							: "Your lead (or their cover) will reach out to talk it through with you.",
					report.reporterSafe());
		}
		if (report.caseId() == null && report.category().isCare()) {
			return new ReportStatus(report.id(), report.category(), about, report.filedAt(),
					"Passed to the people on duty",
					"The facilitator on duty was alerted at once and will reach out to the member with crisis "
							+ "resources. Thank you for looking out for them.",
					report.reporterSafe());
		}
		CaseStatus status = cases.find(report.caseId()).map(ConductCase::status).orElse(CaseStatus.UNREVIEWED);
		String label = switch (status) {
			case UNREVIEWED -> "Received";
			case IN_REVIEW, ESCALATED, APPEALED -> "Being reviewed";
			case DECIDED, CLOSED -> "Reviewed";
		};
		String explanation = switch (status) {
			case UNREVIEWED -> "Staff have your report and will review it individually.";
			case IN_REVIEW, ESCALATED, APPEALED -> "A staff member is reviewing the situation.";
			case DECIDED, CLOSED -> "Staff reviewed the situation and acted on it. Thank you for telling us; "
					+ "what was decided stays between staff and the people involved.";
		};
		return new ReportStatus(report.id(), report.category(), about, report.filedAt(), label, explanation,
				report.reporterSafe());
	}

	private void check(NewReport report) {
		if (report.category() == null) {
			throw new RequestRefused("category", "Choose what kind of situation this is; \"Something else\" is fine.");
		}
		if (report.whatHappened() == null || report.whatHappened().isBlank()) {
			throw new RequestRefused("whatHappened", "Tell us in a few words what happened.");
		}
		if (report.whatHappened().length() > 8000) {
			throw new RequestRefused("whatHappened",
					"Please keep it under 8,000 characters; add the rest as evidence.");
		}
		if (report.subject() == null) {
			throw new RequestRefused("subject", "Say whom or which conversation this is about.");
		}
		if (report.subject().isVolunteer()) {
			names.person(report.subject().volunteer())
				.filter(person -> person.role() == Role.VOLUNTEER || person.role() == Role.LEAD)
				.orElseThrow(() -> new RequestRefused("volunteer", "We couldn't find that volunteer."));
		}
		if (report.happenedAt() != null && report.happenedAt().isAfter(clock.instant().plusSeconds(3600))) {
			throw new RequestRefused("happenedAt",
					"That time is still to come. Give when it happened, or leave it empty if you are not sure.");
		}
	}

}
