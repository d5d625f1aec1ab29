package org.hearth.conduct.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.shared.RequestRefused;
import org.hearth.conduct.CaseFile;
import org.hearth.conduct.CaseId;
import org.hearth.conduct.CaseStatus;
import org.hearth.conduct.CaseSummary;
import org.hearth.conduct.ConductDesk;
import org.hearth.conduct.ConductDesk.QueueFilter;
import org.hearth.conduct.Decision;
import org.hearth.conduct.Outcome;
import org.hearth.conduct.QueueKey;
import org.hearth.screening.Severity;
import org.hearth.conduct.web.ConductForms.DecisionForm;
import org.hearth.conduct.web.ConductForms.EntryForm;
import org.hearth.conduct.web.ConductForms.EntryKind;
import org.hearth.conduct.web.ConductForms.TextForm;
import org.hearth.people.HearthUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff desk: the queue, filtered in place with htmx, and one case at a time with its
 * history and the actions on it. Every opening of a case is audited.
 */
@Controller
class CaseDeskController {

	private final ConductDesk desk;

	CaseDeskController(ConductDesk desk) {
		this.desk = desk;
	}

	/**
	 * The queue's filter: a status or every open one, a lowest severity, and only mine.
	 */
	record QueueParams(String status, Severity severity, Boolean mine) {

		QueueFilter filter() {
			Set<CaseStatus> statuses = status == null || status.isBlank() || status.equals("OPEN") ? ConductDesk.OPEN
					: status.equals("ALL") ? EnumSet.allOf(CaseStatus.class) : EnumSet.of(named(status));
			return new QueueFilter(statuses, severity == null ? Severity.LOW : severity, Boolean.TRUE.equals(mine));
		}

		private static CaseStatus named(String status) {
			return Arrays.stream(CaseStatus.values())
				.filter(candidate -> candidate.name().equals(status))
				.findFirst()
				.orElseThrow(() -> new Paging.Invalid("status",
						"There is no case status of that name. Please choose a status from the queue's filter."));
		}

	}

	@GetMapping("/staff/conduct")
	String queue(QueueParams params, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String after,
			@RequestParam(required = false) String before, HtmxRequest htmx, @AuthenticationPrincipal HearthUser staff,
			HttpServletRequest request, Model model) {
		ResultPage<CaseSummary> cases = desk.queue(params.filter(), staff, Paging.of(page, size),
				QueueKey.parse("after", after), QueueKey.parse("before", before));
		model.addAttribute("cases", cases.items());
		model.addAttribute("pages", PageLinks.seeking(cases, key(cases.items(), 0), key(cases.items(), -1), request));
		model.addAttribute("params", params);
		model.addAttribute("mine", Boolean.TRUE.equals(params.mine()));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("severities", Severity.values());
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "conduct/queue :: cases" : "conduct/queue";
	}

	@GetMapping("/staff/conduct/cases/{id}")
	String open(@PathVariable UUID id, Model model) {
		CaseFile file = desk.caseFile(new CaseId(id));
		return page(model, file, DecisionForm.empty(file.theCase().version()));
	}

	@PostMapping("/staff/conduct/cases/{id}/decisions")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser staff, Model model, RedirectAttributes redirect) {
		CaseId caseId = new CaseId(id);
		return Forms.submit(errors, () -> page(model, desk.caseFile(caseId), form), () -> {
			long version = form.version() == null ? -1 : form.version();
			boolean appeal = desk.caseFile(caseId).theCase().status() == CaseStatus.APPEALED;
			Decision decision = RequestRefused.showing(ConductForms.DECISION_FIELDS,
					() -> appeal
							? desk.decideAppeal(caseId, version, form.outcome(), form.rationale(), form.asWritten(),
									staff)
							: desk.decide(caseId, version, form.outcome(), form.rationale(), form.asWritten(), staff));
			redirect.addFlashAttribute("notice",
					"Decided: " + decision.outcome().label() + ". The volunteer is told the outcome and your reasons.");
			return "redirect:/staff/conduct/cases/" + id;
		});
	}

	@PostMapping("/staff/conduct/cases/{id}/assignment")
	String assign(@PathVariable UUID id, @RequestParam long version, @AuthenticationPrincipal HearthUser staff,
			RedirectAttributes redirect) {
		return act(id, redirect, "You took the case.", () -> desk.assignToMe(new CaseId(id), version, staff));
	}

	@PostMapping("/staff/conduct/cases/{id}/entries")
	String addEntry(@PathVariable UUID id, @Valid EntryForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser staff, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "Write the note or evidence first.");
			return "redirect:/staff/conduct/cases/" + id;
		}
		return act(id, redirect, form.kind() == EntryKind.NOTE ? "Note added." : "Evidence added.", () -> {
			if (form.kind() == EntryKind.NOTE) {
				desk.addNote(new CaseId(id), form.text(), staff);
			}
			else {
				desk.addEvidence(new CaseId(id), form.text(), staff);
			}
		});
	}

	@PostMapping("/staff/conduct/cases/{id}/escalation")
	String escalate(@PathVariable UUID id, TextForm form, @AuthenticationPrincipal HearthUser staff,
			RedirectAttributes redirect) {
		return act(id, redirect, "Escalated.", () -> desk.escalate(new CaseId(id), version(form), form.text(), staff));
	}

	@PostMapping("/staff/conduct/cases/{id}/reopening")
	String reopen(@PathVariable UUID id, TextForm form, @AuthenticationPrincipal HearthUser staff,
			RedirectAttributes redirect) {
		return act(id, redirect, "Reopened. Earlier decisions stay as they were.",
				() -> desk.reopen(new CaseId(id), version(form), form.text(), staff));
	}

	@PostMapping("/staff/conduct/cases/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam long version, @AuthenticationPrincipal HearthUser staff,
			RedirectAttributes redirect) {
		return act(id, redirect, "Closed.", () -> desk.close(new CaseId(id), version, staff));
	}

	@PostMapping("/staff/conduct/cases/{id}/suspension-lifting")
	String lift(@PathVariable UUID id, TextForm form, @AuthenticationPrincipal HearthUser staff,
			RedirectAttributes redirect) {
		return act(id, redirect, "Suspension lifted; their access is back.",
				() -> desk.liftSuspension(new CaseId(id), form.text(), staff));
	}

	/** The queue key of the first line ({@code 0}) or the last ({@code -1}). */
	static String key(List<CaseSummary> lines, int which) {
		if (lines.isEmpty()) {
			return null;
		}
		return QueueKey.of(lines.get(which < 0 ? lines.size() - 1 : which)).text();
	}

	private static long version(TextForm form) {
		return form.version() == null ? -1 : form.version();
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/staff/conduct/cases/" + id;
	}

	private String page(Model model, CaseFile file, DecisionForm form) {
		model.addAttribute("file", file);
		model.addAttribute("c", file.theCase());
		model.addAttribute("decision", form);
		model.addAttribute("outcomes", Outcome.values());
		return "conduct/case";
	}

}
