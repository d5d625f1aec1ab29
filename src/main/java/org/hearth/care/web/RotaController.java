package org.hearth.care.web;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.hearth.care.DutyRota;
import org.hearth.care.web.CareForms.ChangeForm;
import org.hearth.care.web.CareForms.HoursForm;
import org.hearth.people.HearthUser;
import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.ViewerZone;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead volunteer's hours on duty: weekly hours in their own time zone and one-off
 * changes, with who is on duty right now.
 */
@Controller
class RotaController {

	/** The days as people read them: "Wednesday", not "WEDNESDAY". */
	private static final Map<DayOfWeek, String> DAY_NAMES = Arrays.stream(DayOfWeek.values())
		.collect(Collectors.toMap(day -> day, day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), (a, b) -> a,
				() -> new EnumMap<>(DayOfWeek.class)));

	private final DutyRota rota;

	RotaController(DutyRota rota) {
		this.rota = rota;
	}

	@GetMapping("/care/rota")
	String rota(@AuthenticationPrincipal HearthUser user, ViewerZone viewer, Model model) {
		return page(user, viewer, model);
	}

	@PostMapping("/care/rota/hours")
	String addHours(@Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, ViewerZone viewer, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, CareForms.FIELDS, () -> page(user, viewer, model), () -> {
			rota.addHours(user, form.day(), form.starts(), form.ends(), form.timeZone());
			redirect.addFlashAttribute("notice", "Your weekly hours are saved.");
			return "redirect:/care/rota";
		});
	}

	@PostMapping("/care/rota/hours/{id}/delete")
	String removeHours(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		rota.removeHours(user, id);
		redirect.addFlashAttribute("notice", "Those hours are removed.");
		return "redirect:/care/rota";
	}

	@PostMapping("/care/rota/changes")
	String addChange(@Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, ViewerZone viewer, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, CareForms.FIELDS, () -> page(user, viewer, model), () -> {
			ZoneId zone = zone(form.timeZone());
			rota.addChange(user, ViewerZone.instantOf(form.startsAt(), zone, "startsAt"),
					ViewerZone.instantOf(form.endsAt(), zone, "endsAt"), form.onDuty(), form.note());
			redirect.addFlashAttribute("notice", "Your change is saved.");
			return "redirect:/care/rota";
		});
	}

	@PostMapping("/care/rota/changes/{id}/delete")
	String removeChange(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		rota.removeChange(user, id);
		redirect.addFlashAttribute("notice", "That change is removed.");
		return "redirect:/care/rota";
	}

	private String page(HearthUser user, ViewerZone viewer, Model model) {
		var own = rota.rotaOf(user.id());
		String zone = own.hours().isEmpty() ? viewer.label() : own.hours().get(0).zone().getId();
		model.addAttribute("onDuty", rota.onDutyNow());
		model.addAttribute("rota", own);
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("dayNames", DAY_NAMES);
		if (!model.containsAttribute("hoursForm")) {
			model.addAttribute("hoursForm", HoursForm.start(zone));
		}
		if (!model.containsAttribute("changeForm")) {
			model.addAttribute("changeForm", ChangeForm.start(zone));
		}
		return "care/rota";
	}

	private static ZoneId zone(String zone) {
		try {
			return ZoneId.of(zone.strip());
		}
		catch (RuntimeException ex) {
			throw new RequestRefused("timeZone", "Choose a time zone such as Europe/London or America/Chicago.");
		}
	}

}
