package org.hearth.volunteering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;
import org.hearth.people.HearthUser;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.Volunteers;
import org.hearth.volunteering.web.VolunteeringForms.PauseForm;
import org.hearth.volunteering.web.VolunteeringForms.ServiceForm;

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

import static org.hearth.volunteering.web.VolunteeringForms.act;

/**
 * A volunteer's own service: logging it, pausing, resuming, renewing the commitment and
 * winding down.
 */
@Controller
class MyServiceController {

	private final Enrolments enrolments;

	private final EnrolmentViews views;

	private final ServiceLog serviceLog;

	private final Volunteers volunteers;

	private final Clock clock;

	MyServiceController(Enrolments enrolments, EnrolmentViews views, ServiceLog serviceLog, Volunteers volunteers,
			Clock clock) {
		this.enrolments = enrolments;
		this.views = views;
		this.serviceLog = serviceLog;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	@GetMapping("/service")
	String service(@AuthenticationPrincipal HearthUser user, @RequestParam(name = "for", required = false) UUID formFor,
			Model model) {
		return servicePage(user, model, ServiceForm.on(LocalDate.now(clock)), formFor);
	}

	@PostMapping("/service/{id}/entries")
	String log(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> servicePage(user, model, form, id), () -> {
			RequestRefused.showing(VolunteeringForms.SERVICE_FIELDS,
					() -> serviceLog.log(new EnrolmentId(id), user, form.servedOn(), form.amount(), form.note()));
			redirect.addFlashAttribute("notice", "Logged. Your lead volunteer will approve it.");
			return "redirect:/service";
		});
	}

	@PostMapping("/service/{id}/pause")
	String pause(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, @ModelAttribute PauseForm form,
			RedirectAttributes redirect) {
		return act(redirect, "/service", () -> {
			Enrolment paused = enrolments.pause(new EnrolmentId(id), user, form.until());
			return "You're paused until " + paused.pausedUntil() + ". Your lead and staff know. Take good care.";
		});
	}

	@PostMapping("/service/{id}/resume")
	String resume(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "/service", () -> {
			enrolments.resume(new EnrolmentId(id), user);
			return "Welcome back. You're serving again.";
		});
	}

	@PostMapping("/service/{id}/renewal")
	String renew(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "/service", () -> "Thank you: your commitment now runs until "
				+ enrolments.renew(new EnrolmentId(id), user).commitmentEndsOn() + ".");
	}

	@PostMapping("/service/{id}/wind-down")
	String windDown(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, "/service", () -> {
			enrolments.windDown(new EnrolmentId(id), user, reason);
			return "Your service has ended. Thank you for all you gave; staff will be in touch to make the transition easy.";
		});
	}

	private String servicePage(HearthUser user, Model model, ServiceForm form, UUID formFor) {
		List<Enrolment> mine = enrolments.ofVolunteer(user.id());
		UUID logFor = formFor != null ? formFor
				: mine.stream().filter(e -> e.state().inService()).findFirst().map(e -> e.id().value()).orElse(null);
		model.addAttribute("mine", views.of(mine));
		model.addAttribute("waitingByEnrolment", serviceLog.waitingOf(user.id()));
		model.addAttribute("form", form);
		model.addAttribute("formFor", logFor);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("record", volunteers.serviceRecord(user.id()));
		return "volunteering/service";
	}

}
