package org.hearth.care.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.hearth.care.Concerns;
import org.hearth.care.Escalation;
import org.hearth.care.EscalationId;
import org.hearth.care.Escalations;
import org.hearth.care.Member;
import org.hearth.care.web.CareForms.ConcernForm;
import org.hearth.care.web.CareForms.MemberForm;
import org.hearth.care.web.CareForms.OutcomeForm;
import org.hearth.people.HearthUser;
import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;

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
 * Escalations for the people on duty, leads and staff: the list, one escalation with its
 * ladder and what was sent to the member, acknowledgement and outcome. Volunteers say
 * "this person may be in danger".
 */
@Controller
class EscalationController {

	private final Escalations escalations;

	private final Concerns concerns;

	EscalationController(Escalations escalations, Concerns concerns) {
		this.escalations = escalations;
		this.concerns = concerns;
	}

	@GetMapping("/care/escalations")
	String list(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("escalations", escalations.recent(user));
		model.addAttribute("seesAll", user.role().compareTo(org.hearth.people.Role.STAFF) >= 0);
		return "care/escalations";
	}

	@GetMapping("/care/escalations/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user, Model model) {
		return page(new EscalationId(id), user, model);
	}

	@PostMapping("/care/escalations/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, @RequestParam long version, @AuthenticationPrincipal HearthUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "You have it. Reach out to the member, then record what was done.",
				() -> escalations.acknowledge(new EscalationId(id), version, user));
	}

	@PostMapping("/care/escalations/{id}/pass-up")
	String passUp(@PathVariable UUID id, @RequestParam long version, @AuthenticationPrincipal HearthUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "The next rung is alerted now.",
				() -> escalations.passUp(new EscalationId(id), version, user));
	}

	@PostMapping("/care/escalations/{id}/replies/{reply}/carried")
	String carried(@PathVariable UUID id, @PathVariable UUID reply, @AuthenticationPrincipal HearthUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "Recorded that you carried the reply to the member. Thank you.",
				() -> escalations.replyCarried(new EscalationId(id), reply, user));
	}

	@PostMapping("/care/escalations/{id}/outcome")
	String outcome(@PathVariable UUID id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, CareForms.FIELDS, () -> page(new EscalationId(id), user, model), () -> {
			escalations.recordOutcome(new EscalationId(id), form.version(), form.outcome(), form.note(), user);
			redirect.addFlashAttribute("notice", "Outcome recorded. Thank you for looking after this member.");
			return "redirect:/care/escalations/" + id;
		});
	}

	@PostMapping("/care/escalations/{id}/member")
	String member(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, CareForms.FIELDS, () -> page(new EscalationId(id), user, model), () -> {
			escalations.describeMember(new EscalationId(id), form.memberVersion(), form.country(), form.language(),
					form.timeZone(), user);
			redirect.addFlashAttribute("notice", "Saved. The resources below are chosen for what you know now.");
			return "redirect:/care/escalations/" + id;
		});
	}

	@GetMapping("/care/concerns/new")
	String concern(Model model) {
		model.addAttribute("form", ConcernForm.empty());
		return "care/concern-form";
	}

	/**
	 * Raises the concern and answers with a redirect, so refreshing the page that says
	 * thank you cannot raise it a second time and send the member a second reply.
	 */
	@PostMapping("/care/concerns")
	String raise(@Valid @ModelAttribute("form") ConcernForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, Model model) {
		return Forms.submit(errors, CareForms.FIELDS, () -> "care/concern-form", () -> {
			Concerns.Raised raised = concerns.raise(user, Member.parse(form.platform(), form.handle()),
					form.whatYouSaw(), Boolean.TRUE.equals(form.planMeansOrGoodbye()));
			if (raised instanceof Concerns.OverTheLimit over) {
				// Refused after the fact: the alert to staff is already stored.
				throw new RequestRefused(over.reason());
			}
			return "redirect:/care/concerns/sent";
		});
	}

	@GetMapping("/care/concerns/sent")
	String raised() {
		return "care/concern-sent";
	}

	/**
	 * One button on the escalation: a double click, or two people acting at once, is
	 * refused with what happened, back on the escalation as it is now.
	 */
	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/care/escalations/" + id;
	}

	private String page(EscalationId id, HearthUser user, Model model) {
		var file = escalations.open(id, user);
		model.addAttribute("file", file);
		model.addAttribute("mayAct", escalations.mayAct(id, user));
		model.addAttribute("e", file.escalation());
		model.addAttribute("outcomes", Escalation.Outcome.values());
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", OutcomeForm.start(file.escalation().version()));
		}
		if (!model.containsAttribute("memberForm")) {
			var m = file.member();
			model.addAttribute("memberForm", new MemberForm(m.country(), m.language(), m.timeZone(), m.version()));
		}
		return "care/escalation";
	}

}
