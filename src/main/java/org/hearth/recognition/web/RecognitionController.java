package org.hearth.recognition.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.hearth.people.HearthUser;
import org.hearth.recognition.MilestoneId;
import org.hearth.recognition.Recognition;
import org.hearth.recognition.Recognition.MilestoneLine;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.ResultPage;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer's milestones, a lead's page of their volunteers' milestones where they
 * write a note of thanks, and staff's month of milestones. Who may write what is decided
 * by {@link Recognition}.
 */
@Controller
class RecognitionController {

	private final Recognition recognition;

	private final Clock clock;

	RecognitionController(Recognition recognition, Clock clock) {
		this.recognition = recognition;
		this.clock = clock;
	}

	@GetMapping("/recognition")
	String mine(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("milestones", recognition.mine(user));
		return "recognition/mine";
	}

	@GetMapping("/lead/recognition")
	String lead(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("milestones", recognition.ofLedBy(user));
		return "recognition/lead";
	}

	@PostMapping("/lead/recognition/{id}/note")
	String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, @RequestParam long version,
			@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		try {
			var noted = recognition.writeNote(user, new MilestoneId(id), note, version);
			redirect.addFlashAttribute("notice", "Your note on “" + noted.title() + "” is sent. Thank you.");
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("draft", note);
			redirect.addFlashAttribute("draftFor", id);
		}
		return "redirect:/lead/recognition";
	}

	@GetMapping("/staff/recognition")
	String month(@RequestParam(required = false) String month, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @AuthenticationPrincipal HearthUser user,
			HttpServletRequest request, Model model) {
		YearMonth chosen = YearMonth.now(clock);
		if (month != null && !month.isBlank()) {
			String text = month.strip();
			if (text.matches("[0-9]{4}-[0-9]{2}")) {
				try {
					chosen = YearMonth.parse(text);
				}
				catch (DateTimeParseException ex) {
					model.addAttribute("problem", "Give the month like 2026-12; showing this month instead.");
				}
			}
			else {
				model.addAttribute("problem", "Give the month like 2026-12; showing this month instead.");
			}
		}
		model.addAttribute("month", chosen);
		model.addAttribute("previous", chosen.minusMonths(1));
		model.addAttribute("next", chosen.plusMonths(1));
		ResultPage<MilestoneLine> milestones = recognition.reachedIn(user, chosen, Paging.of(page, size));
		model.addAttribute("milestones", milestones.items());
		model.addAttribute("pages", PageLinks.of(milestones, request));
		return "recognition/month";
	}

}
