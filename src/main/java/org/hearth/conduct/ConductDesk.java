package org.hearth.conduct;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;

import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.conduct.CaseFile.History;
import org.hearth.conduct.CaseFile.StaffReport;
import org.hearth.conduct.WarningPolicy.ReviewDue;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.screening.WordingCheck.WordingConcern;
import org.hearth.screening.WordingCheck;
import org.hearth.people.PersonSummary;
import org.hearth.volunteering.Volunteers;
import org.hearth.screening.Severity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of the desk: the queue sorted by severity and age, the case file (every
 * reading of which is audited), and the actions on one case at a time. Each change is
 * made from the version of the case its author read, so two staff deciding one case at
 * once cannot overwrite each other: the second is refused.
 */
@Service
public class ConductDesk {

	public static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.UNREVIEWED, CaseStatus.IN_REVIEW,
			CaseStatus.ESCALATED, CaseStatus.APPEALED);

	private final CaseStore cases;

	private final ReportStore reports;

	private final CaseIntake intake;

	private final Measures measures;

	private final FeedbackDesk feedback;

	private final Volunteers volunteers;

	private final Names names;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ConductSettings settings;

	private final Clock clock;

	private final WordingCheck wording;

	ConductDesk(CaseStore cases, ReportStore reports, CaseIntake intake, Measures measures, FeedbackDesk feedback,
			Volunteers volunteers, Names names, AuditLog audit, ApplicationEventPublisher events,
			ConductSettings settings, WordingCheck wording, Clock clock) {
		this.wording = wording;
		this.cases = cases;
		this.reports = reports;
		this.intake = intake;
		this.measures = measures;
		this.feedback = feedback;
		this.volunteers = volunteers;
		this.names = names;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Which cases the queue shows. */
	public record QueueFilter(Collection<CaseStatus> statuses, Severity atLeast, boolean mineOnly) {

		public static QueueFilter open() {
			return new QueueFilter(OPEN, Severity.LOW, false);
		}

	}

	/**
	 * The whole queue, for the API's callers and the demo; a page reads
	 * {@link #queue(QueueFilter, HearthUser, Paging)}.
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> queue(QueueFilter filter, HearthUser staff) {
		return lines(filter, staff, null);
	}

	/**
	 * One page of the queue: one statement for the cases and one for the names of the
	 * people on the page, however many rows it shows.
	 */
	@Transactional(readOnly = true)
	public ResultPage<CaseSummary> queue(QueueFilter filter, HearthUser staff, Paging paging) {
		return paging.pageOf(lines(filter, staff, paging, null, false));
	}

	/**
	 * One page of the queue read from a line's key rather than by skipping the lines
	 * before it: the lines right after {@code after}, or those right before
	 * {@code before} (the page links carry the keys of a page's last and first line).
	 * Going back to the start of the queue gives its first page. Without either key, the
	 * page by its number.
	 */
	@Transactional(readOnly = true)
	public ResultPage<CaseSummary> queue(QueueFilter filter, HearthUser staff, Paging paging, QueueKey after,
			QueueKey before) {
		if (after != null) {
			return paging.pageOf(lines(filter, staff, paging, after, false));
		}
		if (before == null) {
			return queue(filter, staff, paging);
		}
		List<CaseSummary> earlier = lines(filter, staff, paging, before, true);
		if (earlier.size() <= paging.size()) {
			Paging first = new Paging(1, paging.size());
			return first.pageOf(lines(filter, staff, first, null, false));
		}
		List<CaseSummary> page = new ArrayList<>(earlier.subList(0, paging.size()));
		Collections.reverse(page);
		return new ResultPage<>(List.copyOf(page), paging, true);
	}

	private List<CaseSummary> lines(QueueFilter filter, HearthUser staff, Paging paging) {
		return lines(filter, staff, paging, null, false);
	}

	private List<CaseSummary> lines(QueueFilter filter, HearthUser staff, Paging paging, QueueKey from,
			boolean backward) {
		Collection<CaseStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty() ? OPEN
				: filter.statuses();
		return summaries(cases.queue(statuses, filter.atLeast() == null ? Severity.LOW : filter.atLeast(),
				filter.mineOnly(), staff == null ? null : staff.id(), paging, from, backward));
	}

	/** Lines to show, with the names on them looked up together. */
	private List<CaseSummary> summaries(List<CaseStore.QueueRow> rows) {
		Set<PersonId> people = new HashSet<>();
		rows.forEach(row -> {
			people.add(row.subject().volunteer());
			people.add(row.assignee());
		});
		Names.Batch named = names.of(people);
		return rows.stream()
			.map(row -> new CaseSummary(row.id(), row.reference(), row.title(), row.subject().kind(),
					named.subject(row.subject()), row.severity(), row.status(), named.of(row.assignee()),
					row.openedAt(), row.reports(), row.lastOutcome(), row.version()))
			.toList();
	}

	/** How many cases are open and how many of those are critical. */
	@Transactional(readOnly = true)
	public CaseCount openCount() {
		CaseStore.OpenCount count = cases.openCount(OPEN);
		return new CaseCount(count.open(), count.critical());
	}

	/** The size of the open queue. */
	public record CaseCount(long open, long critical) {
	}

	/** The whole case for a staff member; the reading itself goes in the audit log. */
	@Transactional
	public CaseFile caseFile(CaseId id) {
		ConductCase c = find(id);
		audit.record("conduct.case-read", "conduct-case", id, "Case #" + c.reference() + " read");
		List<Report> filed = reports.ofCase(id);
		Names.Batch reporters = names.of(filed.stream().map(Report::reporter).toList());
		List<StaffReport> staffReports = filed.stream()
			.map(report -> new StaffReport(report,
					report.reporter() == null
							? report.source() == Report.Source.SCREENING ? "Message screening" : "Hearth"
							: reporters.of(report.reporter())))
			.toList();
		PersonSummary person = c.subject().isVolunteer() ? names.person(c.subject().volunteer()).orElse(null) : null;
		return new CaseFile(c, names.subject(c.subject()), person == null ? null : person.email(),
				person == null ? null : person.access(), names.of(c.assignee()), staffReports, cases.entries(id),
				c.subject().isVolunteer() ? history(c) : History.none());
	}

	private History history(ConductCase c) {
		PersonId volunteer = c.subject().volunteer();
		List<CaseSummary> others = summaries(
				cases.linesAboutVolunteer(volunteer).stream().filter(other -> !other.id().equals(c.id())).toList());
		return new History(volunteers.leadFor(volunteer).map(names::of).orElse(null), others, cases.warnings(volunteer),
				feedback.forVolunteer(volunteer), volunteers.serviceRecord(volunteer));
	}

	@Transactional
	public void assignToMe(CaseId id, long version, HearthUser staff) {
		ConductCase c = read(id, version);
		c.assign(staff.id(), clock.instant());
		cases.update(c);
		cases.addEntry(id, CaseEntry.Kind.ASSIGNMENT, staff.displayName() + " took the case", staff.id(),
				staff.displayName(), clock.instant());
		audit.record("conduct.case-assigned", "conduct-case", id, "Assigned to " + staff.displayName());
	}

	@Transactional
	public void addNote(CaseId id, String text, HearthUser staff) {
		addEntry(id, CaseEntry.Kind.NOTE, text, staff);
	}

	@Transactional
	public void addEvidence(CaseId id, String text, HearthUser staff) {
		addEntry(id, CaseEntry.Kind.EVIDENCE, text, staff);
	}

	private void addEntry(CaseId id, CaseEntry.Kind kind, String text, HearthUser staff) {
		ConductCase c = find(id);
		if (text == null || text.isBlank()) {
			throw new RequestRefused("text", "Write something first.");
		}
		if (text.length() > 8000) {
			throw new RequestRefused("text", "Please keep it under 8,000 characters.");
		}
		cases.addEntry(c.id(), kind, text.strip(), staff.id(), staff.displayName(), clock.instant());
		audit.record("conduct.case-" + kind.name().toLowerCase() + "-added", "conduct-case", id,
				kind.name().toLowerCase() + " added to case #" + c.reference());
	}

	@Transactional
	public void escalate(CaseId id, long version, String reason, HearthUser staff) {
		ConductCase c = read(id, version);
		if (reason == null || reason.isBlank()) {
			throw new RequestRefused("text", "Say why the case needs escalating.");
		}
		c.escalate(clock.instant());
		cases.update(c);
		cases.addEntry(id, CaseEntry.Kind.ESCALATION, reason.strip(), staff.id(), staff.displayName(), clock.instant());
		audit.record("conduct.case-escalated", "conduct-case", id, reason.strip());
	}

	/**
	 * Decides the case: one outcome, a written rationale, append-only. The measures
	 * follow at once: a suspension takes access away, a permanent removal ends it for
	 * good, an outcome that does not keep the volunteer out lifts a suspension, and a
	 * warning counts towards a review.
	 */
	@Transactional
	public Decision decide(CaseId id, long version, Outcome outcome, String rationale, HearthUser staff) {
		return decide(id, version, outcome, rationale, false, staff);
	}

	/**
	 * Decides the case; a rationale that reads as shaming or harassing is refused with
	 * the reasons, as feedback is, unless the staff member records it as written.
	 */
	@Transactional
	public Decision decide(CaseId id, long version, Outcome outcome, String rationale, boolean recordAsWritten,
			HearthUser staff) {
		ConductCase c = read(id, version);
		String concerns = wordingConcerns(rationale, recordAsWritten);
		Decision decision = c.decide(outcome, rationale, staff.id(), staff.displayName(), clock.instant());
		return record(c, decision, staff, concerns);
	}

	/** Decides the appeal on the latest decision; only a different staff member may. */
	@Transactional
	public Decision decideAppeal(CaseId id, long version, Outcome outcome, String rationale, HearthUser staff) {
		return decideAppeal(id, version, outcome, rationale, false, staff);
	}

	/** Decides the appeal, with the rationale checked as {@link #decide} checks it. */
	@Transactional
	public Decision decideAppeal(CaseId id, long version, Outcome outcome, String rationale, boolean recordAsWritten,
			HearthUser staff) {
		ConductCase c = read(id, version);
		String concerns = wordingConcerns(rationale, recordAsWritten);
		Decision decision = c.decideAppeal(outcome, rationale, staff.id(), staff.displayName(), clock.instant());
		return record(c, decision, staff, concerns);
	}

	/**
	 * The concerns with a rationale's wording, refused unless recorded as written; null
	 * when it reads as kind.
	 */
	private String wordingConcerns(String rationale, boolean recordAsWritten) {
		if (rationale == null || rationale.isBlank()) {
			return null;
		}
		List<WordingConcern> concerns = wording.concerns(rationale);
		if (concerns.isEmpty()) {
			return null;
		}
		String reasons = concerns.stream().map(WordingConcern::reason).distinct().collect(Collectors.joining(" "));
		if (!recordAsWritten) {
			throw new RequestRefused("rationale", "The volunteer will read this, and it may hurt more than it helps: "
					+ reasons + " Reword it, or tick “Record it as written” if these words must stand.");
		}
		return concerns.stream().map(c -> c.category() + ": " + c.reason()).collect(Collectors.joining("; "));
	}

	private Decision record(ConductCase c, Decision decision, HearthUser staff, String wordingConcerns) {
		cases.update(c);
		cases.insertDecision(decision);
		if (wordingConcerns != null) {
			cases.addEntry(c.id(), CaseEntry.Kind.NOTE,
					"Rationale recorded as written despite wording concerns: " + wordingConcerns, staff.id(),
					staff.displayName(), decision.decidedAt());
			audit.record("conduct.rationale-despite-concerns", "conduct-case", c.id(), wordingConcerns);
		}
		cases.addEntry(c.id(), CaseEntry.Kind.DECISION,
				(decision.onAppeal() ? "Appeal decided: " : "Decided: ") + decision.outcome().label(), staff.id(),
				staff.displayName(), decision.decidedAt());
		audit.record(decision.onAppeal() ? "conduct.appeal-decided" : "conduct.case-decided", "conduct-case", c.id(),
				"Case #" + c.reference() + ": " + decision.outcome().label() + ". " + decision.rationale());
		if (c.subject().isVolunteer()) {
			applyMeasures(c, decision, staff);
		}
		events.publishEvent(new CaseDecided(c.id(), decision.id(), c.subject().volunteer(), decision.outcome(),
				decision.rationale(), decision.onAppeal(), decision.decidedAt()));
		return decision;
	}

	private void applyMeasures(ConductCase c, Decision decision, HearthUser staff) {
		String reason = decision.outcome().label() + ": " + decision.rationale();
		switch (decision.outcome()) {
			case SUSPENSION -> measures.suspend(c, reason, staff.id(), staff.displayName());
			case PERMANENT_REMOVAL -> measures.removePermanently(c, reason);
			case REMOVAL, DISQUALIFICATION -> measures.removeFromRole(c, reason);
			default -> measures.lift(c, "Decided " + decision.outcome().label().toLowerCase(), staff.id(),
					staff.displayName());
		}
		boolean platformTerms = reports.ofCase(c.id())
			.stream()
			.anyMatch(report -> report.category() == ReportCategory.PLATFORM_TERMS_VIOLATION);
		String kind = warningKind(platformTerms, decision);
		String appealedKind = c.decisions()
			.stream()
			.filter(d -> d.id().equals(decision.onAppealOf()))
			.findFirst()
			.map(appealed -> warningKind(platformTerms, appealed))
			.orElse(null);
		if (appealedKind != null && !appealedKind.equals(kind)) {
			cases.overturnWarnings(decision.onAppealOf(), decision.id(), decision.decidedAt());
		}
		if (kind != null && !kind.equals(appealedKind)) {
			cases.insertWarning(c.subject().volunteer(), c.id(), decision.id(), kind, decision.decidedAt());
			reviewIfWarningsAddUp(c.subject().volunteer(), decision.decidedAt());
		}
	}

	/**
	 * What a decision puts on the volunteer's record: a violation of the platform's
	 * terms, a warning, or nothing.
	 */
	private static String warningKind(boolean platformTerms, Decision decision) {
		return platformTerms && decision.outcome() != Outcome.NO_ACTION ? "VIOLATION"
				: decision.outcome() == Outcome.WARNING ? "WARNING" : null;
	}

	/**
	 * Warnings within the window reached the threshold: a staff review opens (or joins an
	 * open case).
	 */
	private void reviewIfWarningsAddUp(PersonId volunteer, Instant now) {
		List<Instant> warnings = cases.warnings(volunteer)
			.stream()
			.filter(CaseStore.Warning::counts)
			.map(CaseStore.Warning::at)
			.toList();
		if (settings.warningPolicy().evaluate(warnings, now) instanceof ReviewDue due) {
			Report review = Report.byWarnings(volunteer, "Review the volunteer's involvement: " + due.reason() + ".",
					now);
			ConductCase opened = intake.intake(review, Severity.HIGH, "Hearth", now);
			cases.addEntry(opened.id(), CaseEntry.Kind.REVIEW, "Review opened automatically: " + due.reason(), null,
					"Hearth", now);
			audit.record("conduct.review-opened", "conduct-case", opened.id(), due.reason());
		}
	}

	@Transactional
	public void reopen(CaseId id, long version, String reason, HearthUser staff) {
		ConductCase c = read(id, version);
		if (reason == null || reason.isBlank()) {
			throw new RequestRefused("text", "Say why the case is reopened; earlier decisions stay as they are.");
		}
		c.reopen(clock.instant());
		cases.update(c);
		cases.addEntry(id, CaseEntry.Kind.REOPENING, reason.strip(), staff.id(), staff.displayName(), clock.instant());
		audit.record("conduct.case-reopened", "conduct-case", id, reason.strip());
	}

	@Transactional
	public void close(CaseId id, long version, HearthUser staff) {
		ConductCase c = read(id, version);
		c.close(clock.instant());
		cases.update(c);
		cases.addEntry(id, CaseEntry.Kind.CLOSING, "Closed", staff.id(), staff.displayName(), clock.instant());
		audit.record("conduct.case-closed", "conduct-case", id, "Case #" + c.reference() + " closed");
	}

	/** Gives a suspended volunteer their access back while the case goes on. */
	@Transactional
	public void liftSuspension(CaseId id, String reason, HearthUser staff) {
		ConductCase c = find(id);
		if (!c.subject().isVolunteer()) {
			throw new RequestRefused("This case is not about a volunteer.");
		}
		if (reason == null || reason.isBlank()) {
			throw new RequestRefused("text", "Say why the suspension is lifted.");
		}
		if (!measures.lift(c, reason.strip(), staff.id(), staff.displayName())) {
			throw new RequestRefused("The volunteer is not suspended.");
		}
		audit.record("conduct.suspension-lifted", "conduct-case", id, reason.strip());
	}

	private ConductCase read(CaseId id, long version) {
		ConductCase c = find(id);
		if (c.version() != version) {
			throw new OptimisticLockingFailureException("Someone else changed case #" + c.reference()
					+ " in the meantime. Look at it again before you act; nothing you sent was saved.");
		}
		return c;
	}

	private ConductCase find(CaseId id) {
		return cases.find(id).orElseThrow(() -> new NotFound("There is no case with this reference."));
	}

}
