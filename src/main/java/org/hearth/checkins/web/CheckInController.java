package org.hearth.checkins.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hearth.checkins.CheckIns;
import org.hearth.checkins.Weeks;
import org.hearth.checkins.WellBeing;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.shared.Forms;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

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
 * A volunteer's own check-in page, their lead's page of their volunteers' check-ins, and
 * the page of one volunteer where the lead logs a conversation. Who may see whom is
 * decided by {@link CheckIns}, never by the page.
 */
@Controller
class CheckInController {

	private final CheckIns checkIns;

	CheckInController(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping("/checkins")
	String mine(@RequestParam(required = false) LocalDate week, @AuthenticationPrincipal HearthUser user, Model model) {
		LocalDate chosen = chosenWeek(week);
		model.addAttribute("form",
				checkIns.of(user.id(), chosen).map(CheckInForm::of).orElseGet(() -> CheckInForm.start(chosen)));
		return mine(user, model);
	}

	@PostMapping("/checkins")
	String checkIn(@Valid @ModelAttribute("form") CheckInForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, CheckInForm.FIELDS,
				() -> htmx.isHtmxRequest() ? formOnly(user.id(), "/checkins", model) : mine(user, model), () -> {
					checkIns.checkIn(user, form.week(), form.input(), form.version());
					String thanks = "Thank you for checking in for " + Weeks.named(Weeks.of(form.week()))
							+ (form.debrief() ? ". Your lead will reach out about a debrief." : ".");
					if (htmx.isHtmxRequest()) {
						model.addAttribute("form", CheckInForm.of(checkIns.of(user.id(), form.week()).orElseThrow()));
						model.addAttribute("notice", thanks);
						return formOnly(user.id(), "/checkins", model);
					}
					redirect.addFlashAttribute("notice", thanks);
					return "redirect:/checkins";
				});
	}

	private String mine(HearthUser user, Model model) {
		model.addAttribute("serving", checkIns.checksIn(user.id()));
		var rhythm = checkIns.mine(user);
		model.addAttribute("rhythm", rhythm);
		model.addAttribute("chart", RhythmChart.draw(rhythm, checkIns.hoursPerWeekCap()));
		model.addAttribute("load", checkIns.workload(user.id()));
		formModel(user.id(), "/checkins", model);
		return "checkins/mine";
	}

	@GetMapping("/lead/checkins")
	String overview(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@AuthenticationPrincipal HearthUser user, HttpServletRequest request, Model model) {
		ResultPage<Row> rows = checkIns.overview(user, Paging.of(page, size))
			.map(rhythm -> new Row(rhythm, RhythmChart.draw(rhythm, checkIns.hoursPerWeekCap())));
		model.addAttribute("rows", rows.items());
		model.addAttribute("pages", PageLinks.of(rows, request));
		return "checkins/overview";
	}

	@GetMapping("/lead/checkins/{volunteer}")
	String volunteer(@PathVariable UUID volunteer, @RequestParam(required = false) LocalDate week,
			@AuthenticationPrincipal HearthUser user, Model model) {
		PersonId id = new PersonId(volunteer);
		var rhythm = checkIns.rhythmOf(id, user);
		LocalDate chosen = chosenWeek(week);
		model.addAttribute("form",
				checkIns.of(id, chosen).map(CheckInForm::of).orElseGet(() -> CheckInForm.start(chosen)));
		return volunteerPage(rhythm, user, model);
	}

	@PostMapping("/lead/checkins/{volunteer}")
	String logConversation(@PathVariable UUID volunteer, @Valid @ModelAttribute("form") CheckInForm form,
			BindingResult errors, @AuthenticationPrincipal HearthUser user, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		PersonId id = new PersonId(volunteer);
		var rhythm = checkIns.rhythmOf(id, user);
		String action = "/lead/checkins/" + volunteer;
		return Forms.submit(errors, CheckInForm.FIELDS,
				() -> htmx.isHtmxRequest() ? formOnly(id, action, model) : volunteerPage(rhythm, user, model), () -> {
					checkIns.logConversation(id, user, form.week(), form.input(), form.version());
					String thanks = "The conversation is logged as " + rhythm.name() + "'s check-in for "
							+ Weeks.named(Weeks.of(form.week())) + ".";
					if (htmx.isHtmxRequest()) {
						model.addAttribute("form", CheckInForm.of(checkIns.of(id, form.week()).orElseThrow()));
						model.addAttribute("notice", thanks);
						return formOnly(id, action, model);
					}
					redirect.addFlashAttribute("notice", thanks);
					return "redirect:" + action;
				});
	}

	private String volunteerPage(org.hearth.checkins.VolunteerRhythm rhythm, HearthUser user, Model model) {
		model.addAttribute("rhythm", rhythm);
		model.addAttribute("chart", RhythmChart.draw(rhythm, checkIns.hoursPerWeekCap()));
		model.addAttribute("load", checkIns.workload(rhythm.volunteer()));
		model.addAttribute("ownPage", false);
		formModel(rhythm.volunteer(), "/lead/checkins/" + rhythm.volunteer().value(), model);
		return "checkins/volunteer";
	}

	private String formOnly(PersonId volunteer, String action, Model model) {
		formModel(volunteer, action, model);
		return "checkins/form :: form";
	}

	private void formModel(PersonId volunteer, String action, Model model) {
		LocalDate thisWeek = checkIns.thisWeek();
		model.addAttribute("changing", model.getAttribute("form") instanceof CheckInForm form && form.week() != null
				&& checkIns.of(volunteer, form.week()).isPresent());
		model.addAttribute("action", action);
		model.addAttribute("weeks", List.of(new WeekOption(thisWeek, "This week (" + Weeks.named(thisWeek) + ")"),
				new WeekOption(thisWeek.minusWeeks(1), "Last week (" + Weeks.named(thisWeek.minusWeeks(1)) + ")")));
		model.addAttribute("scale", WellBeing.values());
	}

	private LocalDate chosenWeek(LocalDate week) {
		LocalDate thisWeek = checkIns.thisWeek();
		return week != null && Weeks.of(week).equals(thisWeek.minusWeeks(1)) ? thisWeek.minusWeeks(1) : thisWeek;
	}

	/** One volunteer on the lead's page, with their chart. */
	record Row(org.hearth.checkins.VolunteerRhythm rhythm, RhythmChart.Drawn chart) {
	}

	/** A week the check-in may be for, with its name. */
	record WeekOption(LocalDate week, String label) {
	}

}
