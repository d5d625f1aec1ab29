package org.hearth.conduct.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletRequest;

import org.hearth.conduct.CaseEntry;
import org.hearth.conduct.CaseFile;
import org.hearth.conduct.CaseFile.History;
import org.hearth.conduct.CaseFile.StaffReport;
import org.hearth.conduct.CaseId;
import org.hearth.conduct.CaseStatus;
import org.hearth.conduct.CaseSummary;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.ResultPage;
import org.hearth.conduct.ConductCase;
import org.hearth.conduct.ConductDesk;
import org.hearth.conduct.DebriefId;
import org.hearth.conduct.Debriefs;
import org.hearth.conduct.Debriefs.DebriefFile;
import org.hearth.conduct.Debriefs.DebriefView;
import org.hearth.conduct.Decision;
import org.hearth.conduct.DecisionId;
import org.hearth.conduct.Feedback;
import org.hearth.conduct.FeedbackDesk;
import org.hearth.conduct.FeedbackDesk.FeedbackView;
import org.hearth.conduct.FeedbackDesk.NeedsAnotherLook;
import org.hearth.conduct.FeedbackDesk.Sent;
import org.hearth.conduct.FeedbackId;
import org.hearth.conduct.Reply;
import org.hearth.conduct.ReportId;
import org.hearth.conduct.ReportStatus;
import org.hearth.conduct.Reports;
import org.hearth.conduct.QueueKey;
import org.hearth.screening.Severity;
import org.hearth.conduct.VolunteerConduct;
import org.hearth.conduct.VolunteerConduct.DecisionNotice;
import org.hearth.conduct.web.ConductForms.AnswerForm;
import org.hearth.conduct.web.ConductForms.DecisionForm;
import org.hearth.conduct.web.ConductForms.EntryForm;
import org.hearth.conduct.web.ConductForms.EntryKind;
import org.hearth.conduct.web.ConductForms.FeedbackForm;
import org.hearth.conduct.web.ConductForms.ReportRequest;
import org.hearth.conduct.web.ConductForms.TextForm;
import org.hearth.conduct.web.ConductForms.VersionForm;
import org.hearth.people.Access;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conduct desk for integrations and scripts. Reporters read only their reports'
 * status, volunteers their own decisions and feedback, leads their volunteers' debriefs
 * and feedback, staff the cases; every reading of a case is audited. Changes to a case
 * send the {@code version} read.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Conduct", description = "Reports, debriefs, cases, decisions, appeals and feedback")
class ConductApiController {

	private final Reports reports;

	private final ConductDesk desk;

	private final Debriefs debriefs;

	private final FeedbackDesk feedback;

	private final VolunteerConduct conduct;

	ConductApiController(Reports reports, ConductDesk desk, Debriefs debriefs, FeedbackDesk feedback,
			VolunteerConduct conduct) {
		this.reports = reports;
		this.desk = desk;
		this.debriefs = debriefs;
		this.feedback = feedback;
		this.conduct = conduct;
	}

	@PostMapping("/conduct/reports")
	@Operation(
			summary = "Report a situation (anyone signed in); a volunteer's conflict, disagreement or distress becomes a debrief")
	ResponseEntity<ReportStatus> report(@Valid @RequestBody ReportRequest request,
			@AuthenticationPrincipal HearthUser user) {
		ReportStatus status = reports.file(request.toReport(), user);
		return ResponseEntity.created(URI.create("/api/v1/conduct/reports/" + status.id().value())).body(status);
	}

	@GetMapping("/conduct/reports")
	@Operation(summary = "Your reports and where each stands")
	List<ReportStatus> myReports(@AuthenticationPrincipal HearthUser user) {
		return reports.filedBy(user.id());
	}

	@GetMapping("/conduct/reports/{id}")
	@Operation(summary = "One of your reports; other people's reports do not exist for you")
	ReportStatus myReport(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user) {
		return reports.status(new ReportId(id), user.id());
	}

	@GetMapping("/conduct/decisions")
	@Operation(summary = "Decisions about you (volunteer), with the reasons")
	List<DecisionNotice> myDecisions(@AuthenticationPrincipal HearthUser user) {
		return conduct.decisionsAbout(user.id());
	}

	@PostMapping("/conduct/decisions/{id}/response")
	@Operation(summary = "Respond to a decision about you, once")
	ResponseEntity<Void> respond(@PathVariable UUID id, @Valid @RequestBody TextForm form,
			@AuthenticationPrincipal HearthUser user) {
		RequestRefused.showing(ConductForms.REPLY_FIELDS, () -> conduct.respond(new DecisionId(id), form.text(), user));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/conduct/decisions/{id}/appeal")
	@Operation(summary = "Appeal the latest decision about you, once; a different staff member decides it")
	ResponseEntity<Void> appeal(@PathVariable UUID id, @Valid @RequestBody TextForm form,
			@AuthenticationPrincipal HearthUser user) {
		RequestRefused.showing(ConductForms.REPLY_FIELDS, () -> conduct.appeal(new DecisionId(id), form.text(), user));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/conduct/feedback")
	@Operation(summary = "Feedback for you (volunteer)")
	List<FeedbackView> myFeedback(@AuthenticationPrincipal HearthUser user) {
		return feedback.forVolunteer(user.id());
	}

	@PostMapping("/conduct/feedback/{id}/acknowledgement")
	@Operation(summary = "Acknowledge feedback for you")
	ResponseEntity<Void> acknowledge(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user) {
		feedback.acknowledge(new FeedbackId(id), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/conduct/feedback/{id}/answer")
	@Operation(summary = "Answer feedback for you, once")
	ResponseEntity<Void> answer(@PathVariable UUID id, @Valid @RequestBody AnswerForm form,
			@AuthenticationPrincipal HearthUser user) {
		RequestRefused.showing(Map.of(Feedback.Part.ANSWER, "answer"),
				() -> feedback.answer(new FeedbackId(id), form.answer(), user));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/lead/conduct/debriefs")
	@Operation(summary = "Debriefs of the volunteers you lead (lead), or all (staff)")
	List<DebriefView> debriefs(@AuthenticationPrincipal HearthUser user) {
		return debriefs.visibleTo(user);
	}

	@GetMapping("/lead/conduct/debriefs/{id}")
	@Operation(summary = "One debrief with its private notes (its lead and staff only)")
	DebriefFile debrief(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user) {
		return debriefs.open(new DebriefId(id), user);
	}

	@PostMapping("/lead/conduct/debriefs/{id}/held")
	@Operation(summary = "Mark a debrief held")
	ResponseEntity<Void> held(@PathVariable UUID id, @Valid @RequestBody VersionForm form,
			@AuthenticationPrincipal HearthUser user) {
		debriefs.markHeld(new DebriefId(id), form.version(), user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/lead/conduct/feedback")
	@Operation(summary = "Feedback given to the volunteers you lead (lead), or recent feedback (staff)")
	List<FeedbackView> feedbackGiven(@AuthenticationPrincipal HearthUser user) {
		return feedback.visibleTo(user);
	}

	@PostMapping("/lead/conduct/feedback")
	@Operation(summary = "Give feedback; wording of concern comes back as 422 with the concerns unless sendAsWritten")
	ResponseEntity<?> giveFeedback(@Valid @RequestBody FeedbackForm form, @AuthenticationPrincipal HearthUser user) {
		var draft = feedback.give(user, form.volunteer() == null ? null : new PersonId(form.volunteer()), form.text(),
				Boolean.TRUE.equals(form.sendAsWritten()));
		if (draft instanceof NeedsAnotherLook look) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					"Some wording may read as shaming or harassing. Reword it, or send it as written with sendAsWritten.");
			problem.setTitle("Wording needs another look");
			problem.setProperty("concerns", look.concerns());
			return ResponseEntity.unprocessableContent().body(problem);
		}
		FeedbackId id = ((Sent) draft).id();
		return ResponseEntity.created(URI.create("/api/v1/lead/conduct/feedback/" + id)).body(Map.of("id", id.value()));
	}

	@GetMapping("/staff/conduct/cases")
	@Operation(summary = "The case queue (staff): status OPEN (default), ALL or one status; most severe, then oldest "
			+ "first; a page at a time (page from 1, size up to 200, default 50). The previous and next pages are in "
			+ "the Link header: follow them, as they continue from the key of the first or last case given "
			+ "(after, before), which keeps a deep page as quick as the first")
	ResponseEntity<List<CaseSummary>> queue(@RequestParam(required = false) String status,
			@RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			@AuthenticationPrincipal HearthUser user, HttpServletRequest request) {
		ResultPage<CaseSummary> cases = desk.queue(new CaseDeskController.QueueParams(status, severity, mine).filter(),
				user, Paging.of(page, size), QueueKey.parse("after", after), QueueKey.parse("before", before));
		return PageLinks.answer(cases, PageLinks.seeking(cases, CaseDeskController.key(cases.items(), 0),
				CaseDeskController.key(cases.items(), -1), request));
	}

	@GetMapping("/staff/conduct/cases/{id}")
	@Operation(summary = "A case file (staff); the reading is audited")
	CaseView caseFile(@PathVariable UUID id) {
		return CaseView.of(desk.caseFile(new CaseId(id)));
	}

	@PostMapping("/staff/conduct/cases/{id}/assignment")
	@Operation(summary = "Take the case")
	CaseView assign(@PathVariable UUID id, @Valid @RequestBody VersionForm form,
			@AuthenticationPrincipal HearthUser user) {
		desk.assignToMe(new CaseId(id), form.version(), user);
		return caseFile(id);
	}

	@PostMapping("/staff/conduct/cases/{id}/entries")
	@Operation(summary = "Add a note or evidence to the case")
	CaseView addEntry(@PathVariable UUID id, @Valid @RequestBody EntryForm form,
			@AuthenticationPrincipal HearthUser user) {
		if (form.kind() == EntryKind.NOTE) {
			desk.addNote(new CaseId(id), form.text(), user);
		}
		else {
			desk.addEvidence(new CaseId(id), form.text(), user);
		}
		return caseFile(id);
	}

	@PostMapping("/staff/conduct/cases/{id}/decisions")
	@Operation(summary = "Decide the case, or the appeal waiting on it; a stale version is refused with 409")
	ResponseEntity<Decision> decide(@PathVariable UUID id, @Valid @RequestBody DecisionForm form,
			@AuthenticationPrincipal HearthUser user) {
		CaseId caseId = new CaseId(id);
		long version = form.version() == null ? -1 : form.version();
		boolean appeal = desk.caseFile(caseId).theCase().status() == CaseStatus.APPEALED;
		Decision decision = RequestRefused.showing(ConductForms.DECISION_FIELDS,
				() -> appeal
						? desk.decideAppeal(caseId, version, form.outcome(), form.rationale(), form.asWritten(), user)
						: desk.decide(caseId, version, form.outcome(), form.rationale(), form.asWritten(), user));
		return ResponseEntity.status(HttpStatus.CREATED).body(decision);
	}

	@PostMapping("/staff/conduct/cases/{id}/reopening")
	@Operation(summary = "Reopen a decided case; earlier decisions stay")
	CaseView reopen(@PathVariable UUID id, @Valid @RequestBody TextForm form,
			@AuthenticationPrincipal HearthUser user) {
		desk.reopen(new CaseId(id), form.version() == null ? -1 : form.version(), form.text(), user);
		return caseFile(id);
	}

	@PostMapping("/staff/conduct/cases/{id}/suspension-lifting")
	@Operation(summary = "Lift the volunteer's suspension; their access is restored at once")
	CaseView lift(@PathVariable UUID id, @Valid @RequestBody TextForm form, @AuthenticationPrincipal HearthUser user) {
		desk.liftSuspension(new CaseId(id), form.text(), user);
		return caseFile(id);
	}

	/** A case file as JSON. */
	record CaseView(UUID id, long reference, String title, String subjectKind, String subjectName, Access subjectAccess,
			Severity severity, CaseStatus status, long version, String assigneeName, Instant openedAt,
			List<StaffReport> reports, List<Decision> decisions, List<Reply> replies, List<CaseEntry> entries,
			History history) {

		static CaseView of(CaseFile file) {
			ConductCase c = file.theCase();
			return new CaseView(c.id().value(), c.reference(), c.title(), c.subject().kind().name(), file.subjectName(),
					file.subjectAccess(), c.severity(), c.status(), c.version(), file.assigneeName(), c.openedAt(),
					file.reports(), c.decisions(), c.replies(), file.entries(), file.history());
		}

	}

}
