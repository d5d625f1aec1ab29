package org.hearth.conduct.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;
import org.hearth.conduct.DebriefId;
import org.hearth.conduct.Debriefs;
import org.hearth.conduct.FeedbackDesk;
import org.hearth.conduct.FeedbackDesk.NeedsAnotherLook;
import org.hearth.conduct.web.ConductForms.FeedbackForm;
import org.hearth.conduct.web.ConductForms.TextForm;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;

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
 * A lead's side of the desk (staff see it too): the debriefs of the volunteers they lead,
 * with private notes, and feedback on the quality of support, checked for wording before
 * it is sent. Leads never see cases.
 */
@Controller
class LeadConductController {

	private final Debriefs debriefs;

	private final FeedbackDesk feedback;

	LeadConductController(Debriefs debriefs, FeedbackDesk feedback) {
		this.debriefs = debriefs;
		this.feedback = feedback;
	}

	@GetMapping("/lead/conduct/debriefs")
	String debriefs(@AuthenticationPrincipal HearthUser lead, Model model) {
		model.addAttribute("debriefs", debriefs.visibleTo(lead));
		return "conduct/debriefs";
	}

	@GetMapping("/lead/conduct/debriefs/{id}")
	String debrief(@PathVariable UUID id, @AuthenticationPrincipal HearthUser lead, Model model) {
		model.addAttribute("file", debriefs.open(new DebriefId(id), lead));
		return "conduct/debrief";
	}

	@PostMapping("/lead/conduct/debriefs/{id}/held")
	String held(@PathVariable UUID id, @RequestParam long version, @AuthenticationPrincipal HearthUser lead,
			RedirectAttributes redirect) {
		return act(id, redirect, "Marked as held. Thank you for being there.",
				() -> debriefs.markHeld(new DebriefId(id), version, lead));
	}

	@PostMapping("/lead/conduct/debriefs/{id}/notes")
	String note(@PathVariable UUID id, TextForm form, @AuthenticationPrincipal HearthUser lead,
			RedirectAttributes redirect) {
		return act(id, redirect, "Note added; only you and staff can read it.",
				() -> debriefs.addNote(new DebriefId(id), form.text(), lead));
	}

	@GetMapping("/lead/conduct/feedback")
	String given(@AuthenticationPrincipal HearthUser lead, Model model) {
		model.addAttribute("feedback", feedback.visibleTo(lead));
		return "conduct/feedback-given";
	}

	@GetMapping("/lead/conduct/feedback/new")
	String newFeedback(@RequestParam(required = false) UUID volunteer, @AuthenticationPrincipal HearthUser lead,
			Model model) {
		return form(model, lead, new FeedbackForm(volunteer, "", false), null);
	}

	@PostMapping("/lead/conduct/feedback")
	String give(@Valid @ModelAttribute("form") FeedbackForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser lead, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> form(model, lead, form, null), () -> {
			var draft = feedback.give(lead, form.volunteer() == null ? null : new PersonId(form.volunteer()),
					form.text(), Boolean.TRUE.equals(form.sendAsWritten()));
			if (draft instanceof NeedsAnotherLook look) {
				return form(model, lead, form, look);
			}
			redirect.addFlashAttribute("notice", "Feedback sent. The volunteer can read, acknowledge and answer it.");
			return "redirect:/lead/conduct/feedback";
		});
	}

	private String form(Model model, HearthUser lead, FeedbackForm form, NeedsAnotherLook look) {
		model.addAttribute("form", form);
		model.addAttribute("recipients", feedback.recipientsFor(lead));
		model.addAttribute("concerns", look == null ? java.util.List.of() : look.concerns());
		return "conduct/feedback-form";
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/lead/conduct/debriefs/" + id;
	}

}
