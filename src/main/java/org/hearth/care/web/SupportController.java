package org.hearth.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hearth.care.CrisisResourceId;
import org.hearth.care.CrisisResources;
import org.hearth.care.DistressId;
import org.hearth.care.VolunteersInDistress;
import org.hearth.care.web.CareForms.ReachedOutForm;
import org.hearth.care.web.CareForms.ResourceForm;
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
 * Crisis resources offered to anyone signed in, the staff page of volunteers who may be
 * struggling, and the admins' directory of crisis resources.
 */
@Controller
class SupportController {

	private final CrisisResources resources;

	private final VolunteersInDistress distress;

	private final Clock clock;

	SupportController(CrisisResources resources, VolunteersInDistress distress, Clock clock) {
		this.resources = resources;
		this.distress = distress;
		this.clock = clock;
	}

	@GetMapping("/care/support")
	String support(@RequestParam(required = false) String country, @RequestParam(required = false) String language,
			Model model) {
		try {
			model.addAttribute("pick", resources.pick(country, language));
		}
		catch (RequestRefused ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("pick", resources.pick(null, null));
		}
		model.addAttribute("country", country);
		model.addAttribute("language", language);
		return "care/support";
	}

	@GetMapping("/staff/care/distress")
	String distress(Model model) {
		model.addAttribute("alerts", distress.recent());
		model.addAttribute("base", "/staff/care/distress");
		model.addAttribute("ownVolunteers", false);
		return "care/distress";
	}

	/** A lead's own volunteers who may be struggling. */
	@GetMapping("/care/distress")
	String ownVolunteersInDistress(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("alerts", distress.ofLead(user.id()));
		model.addAttribute("base", "/care/distress");
		model.addAttribute("ownVolunteers", true);
		return "care/distress";
	}

	@PostMapping("/staff/care/distress/{id}/reached-out")
	String reachedOut(@PathVariable UUID id, @Valid ReachedOutForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		return reachedOut(id, form, errors, user, redirect, "/staff/care/distress");
	}

	@PostMapping("/care/distress/{id}/reached-out")
	String leadReachedOut(@PathVariable UUID id, @Valid ReachedOutForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		return reachedOut(id, form, errors, user, redirect, "/care/distress");
	}

	private String reachedOut(UUID id, ReachedOutForm form, BindingResult errors, HearthUser user,
			RedirectAttributes redirect, String page) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
			return "redirect:" + page;
		}
		try {
			distress.reachedOut(new DistressId(id), form.version(), form.note(), user);
			redirect.addFlashAttribute("notice", "Recorded. Thank you for reaching out.");
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + page;
	}

	@GetMapping("/admin/care/resources")
	String directory(Model model) {
		model.addAttribute("resources", resources.all());
		return "care/resources";
	}

	@GetMapping("/admin/care/resources/new")
	String newResource(Model model) {
		model.addAttribute("form", ResourceForm.empty(LocalDate.now(clock)));
		model.addAttribute("action", "/admin/care/resources");
		return "care/resource-form";
	}

	@PostMapping("/admin/care/resources")
	String add(@Valid @ModelAttribute("form") ResourceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("action", "/admin/care/resources");
		return Forms.submit(errors, CareForms.FIELDS, () -> "care/resource-form", () -> {
			var added = resources.add(form.toResource(CrisisResourceId.random()));
			redirect.addFlashAttribute("notice", added.name() + " is in the directory.");
			return "redirect:/admin/care/resources";
		});
	}

	@GetMapping("/admin/care/resources/{id}")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("form", ResourceForm.of(resources.get(new CrisisResourceId(id))));
		model.addAttribute("action", "/admin/care/resources/" + id);
		model.addAttribute("resourceId", id);
		return "care/resource-form";
	}

	@PostMapping("/admin/care/resources/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("action", "/admin/care/resources/" + id);
		model.addAttribute("resourceId", id);
		return Forms.submit(errors, CareForms.FIELDS, () -> "care/resource-form", () -> {
			var changed = resources.change(form.toResource(new CrisisResourceId(id)));
			redirect.addFlashAttribute("notice", changed.name() + " is saved.");
			return "redirect:/admin/care/resources";
		});
	}

	@PostMapping("/admin/care/resources/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			resources.remove(new CrisisResourceId(id), version);
			redirect.addFlashAttribute("notice", "The entry is removed from the directory.");
		}
		catch (RequestRefused refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/admin/care/resources";
	}

}
