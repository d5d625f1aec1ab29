package org.hearth.volunteering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.web.VolunteeringForms.AwayForm;
import org.hearth.volunteering.web.VolunteeringForms.CapacityForm;

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

import static org.hearth.volunteering.web.VolunteeringForms.act;

/**
 * A lead volunteer's pages: the volunteers they accompany or cover for, the service
 * waiting for their approval, time away with cover, and their own capacity.
 */
@Controller
class LeadVolunteeringController {

	private final Enrolments enrolments;

	private final EnrolmentViews views;

	private final ServiceLog serviceLog;

	private final LeadVolunteers leads;

	private final Clock clock;

	private final EnrolmentPage enrolmentPage;

	private final LeadPages leadPages;

	LeadVolunteeringController(Enrolments enrolments, EnrolmentViews views, ServiceLog serviceLog, LeadVolunteers leads,
			EnrolmentPage enrolmentPage, LeadPages leadPages, Clock clock) {
		this.enrolments = enrolments;
		this.views = views;
		this.serviceLog = serviceLog;
		this.leads = leads;
		this.enrolmentPage = enrolmentPage;
		this.leadPages = leadPages;
		this.clock = clock;
	}

	@GetMapping("/lead/volunteers")
	String led(@AuthenticationPrincipal HearthUser user, HtmxRequest htmx, Model model) {
		model.addAttribute("waiting", views.waiting(serviceLog.waitingFor(user)));
		if (htmx.isHtmxRequest()) {
			return "volunteering/waiting :: waiting";
		}
		model.addAttribute("volunteers", views.of(enrolments.ledBy(user.id())));
		model.addAttribute("profiles", leads.servingProfilesOf(user.id()));
		model.addAttribute("programNames", leadPages.programNames());
		return "volunteering/lead-volunteers";
	}

	@GetMapping("/lead/volunteers/{id}")
	String volunteer(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, Model model) {
		return enrolmentPage.show(user, id, model);
	}

	@PostMapping("/lead/service-entries/{id}/decision")
	String decide(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, @RequestParam boolean approve,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (htmx.isHtmxRequest()) {
			try {
				serviceLog.decide(id, approve, user);
				model.addAttribute("notice", approve ? "Approved." : "Declined.");
			}
			catch (RequestRefused | OptimisticLockingFailureException ex) {
				model.addAttribute("problem", ex.getMessage());
			}
			model.addAttribute("waiting", views.waiting(serviceLog.waitingFor(user)));
			model.addAttribute("volunteers", views.of(enrolments.ledBy(user.id())));
			return "volunteering/waiting :: decided";
		}
		return act(redirect, "/lead/volunteers", () -> {
			serviceLog.decide(id, approve, user);
			return approve ? "Approved." : "Declined.";
		});
	}

	@GetMapping("/lead/away")
	String away(@AuthenticationPrincipal HearthUser user, Model model) {
		return awayPage(user, model, new AwayForm(LocalDate.now(clock).plusWeeks(1), null));
	}

	@PostMapping("/lead/away")
	String goAway(@AuthenticationPrincipal HearthUser user, @Valid @ModelAttribute("form") AwayForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> awayPage(user, model, form), () -> {
			LeadProfile profile = leads.goAway(user.id(), form.until(), new PersonId(form.cover()));
			redirect.addFlashAttribute("notice", "Enjoy your time away. " + enrolments.nameOf(profile.cover())
					+ " covers for you until " + profile.awayUntil() + ".");
			return "redirect:/lead/away";
		});
	}

	@PostMapping("/lead/back")
	String back(@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		return act(redirect, "/lead/away", () -> {
			leads.comeBack(user.id());
			return "Welcome back.";
		});
	}

	/**
	 * A lead's own capacity in a program: they may lower it to say no to more volunteers;
	 * only staff raise it.
	 */
	@GetMapping("/lead/capacity")
	String ownCapacity(@AuthenticationPrincipal HearthUser user, @RequestParam(required = false) UUID program,
			Model model, RedirectAttributes redirect) {
		return leadPages.withProfile(user.id(), program, "/lead/volunteers", redirect,
				profile -> leadPages.capacityPage(model, profile, CapacityForm.of(profile), false));
	}

	@PostMapping("/lead/capacity")
	String lowerOwnCapacity(@AuthenticationPrincipal HearthUser user, @Valid @ModelAttribute("form") CapacityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return leadPages.saveCapacity(user, user.id(), form, errors, model, redirect, "/lead/volunteers", false);
	}

	/**
	 * The lead's away page; a cover covers in every program the lead leads, so only leads
	 * of all of them are offered.
	 */
	private String awayPage(HearthUser user, Model model, AwayForm form) {
		List<LeadProfile> mine = leads.servingProfilesOf(user.id());
		Set<ProgramId> programs = mine.stream().map(LeadProfile::program).collect(Collectors.toSet());
		Map<PersonId, List<LeadProfile>> others = leads.all()
			.stream()
			.filter(p -> p.serving() && !p.lead().equals(user.id()) && programs.contains(p.program()))
			.collect(Collectors.groupingBy(LeadProfile::lead, java.util.LinkedHashMap::new, Collectors.toList()));
		LeadProfile profile = mine.isEmpty() ? null : mine.get(0);
		model.addAttribute("profile", profile);
		model.addAttribute("coverName",
				profile == null || profile.awayUntil() == null ? "" : enrolments.nameOf(profile.cover()));
		model.addAttribute("programCount", programs.size());
		model.addAttribute("form", form);
		model.addAttribute("covers",
				others.values()
					.stream()
					.filter(theirs -> theirs.size() == programs.size())
					.map(theirs -> theirs.get(0))
					.toList());
		return "volunteering/lead-away";
	}

}
