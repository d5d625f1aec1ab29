package org.hearth.conduct.web;

import java.util.UUID;

import org.hearth.shared.RequestRefused;
import org.hearth.conduct.Debriefs;
import org.hearth.conduct.DecisionId;
import org.hearth.conduct.FeedbackDesk;
import org.hearth.conduct.FeedbackId;
import org.hearth.conduct.VolunteerConduct;
import org.hearth.conduct.web.ConductForms.AnswerForm;
import org.hearth.conduct.web.ConductForms.TextForm;
import org.hearth.people.HearthUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer's own page: decisions about them, feedback for them, and the debriefs they
 * asked for.
 */
@Controller
class MyConductController {

	private final VolunteerConduct conduct;

	private final FeedbackDesk feedback;

	private final Debriefs debriefs;

	MyConductController(VolunteerConduct conduct, FeedbackDesk feedback, Debriefs debriefs) {
		this.conduct = conduct;
		this.feedback = feedback;
		this.debriefs = debriefs;
	}

	@GetMapping("/conduct/my")
	String mine(@AuthenticationPrincipal HearthUser volunteer, Model model) {
		model.addAttribute("decisions", conduct.decisionsAbout(volunteer.id()));
		model.addAttribute("feedback", feedback.forVolunteer(volunteer.id()));
		model.addAttribute("debriefs", debriefs.requestedBy(volunteer.id()));
		return "conduct/my";
	}

	@PostMapping("/conduct/decisions/{id}/response")
	String respond(@PathVariable UUID id, TextForm form, @AuthenticationPrincipal HearthUser volunteer,
			RedirectAttributes redirect) {
		return act(redirect, "Thank you; staff will read your response.",
				() -> conduct.respond(new DecisionId(id), form.text(), volunteer));
	}

	@PostMapping("/conduct/decisions/{id}/appeal")
	String appeal(@PathVariable UUID id, TextForm form, @AuthenticationPrincipal HearthUser volunteer,
			RedirectAttributes redirect) {
		return act(redirect, "Your appeal is in. A different staff member will decide it.",
				() -> conduct.appeal(new DecisionId(id), form.text(), volunteer));
	}

	@PostMapping("/conduct/feedback/{id}/acknowledgement")
	String acknowledge(@PathVariable UUID id, @AuthenticationPrincipal HearthUser volunteer,
			RedirectAttributes redirect) {
		return act(redirect, "Acknowledged.", () -> feedback.acknowledge(new FeedbackId(id), volunteer));
	}

	@PostMapping("/conduct/feedback/{id}/answer")
	String answer(@PathVariable UUID id, AnswerForm form, @AuthenticationPrincipal HearthUser volunteer,
			RedirectAttributes redirect) {
		return act(redirect, "Your answer is sent.",
				() -> feedback.answer(new FeedbackId(id), form.answer(), volunteer));
	}

	private String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/conduct/my";
	}

}
