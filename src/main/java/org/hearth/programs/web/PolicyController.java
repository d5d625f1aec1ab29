package org.hearth.programs.web;

import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.Markdown;
import org.hearth.shared.NotFound;
import org.hearth.programs.Policies;
import org.hearth.programs.PolicyDocument;
import org.hearth.programs.PolicyVersion;
import org.hearth.programs.web.ProgramForms.PolicyForm;
import org.hearth.programs.web.ProgramForms.VersionForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Policy documents: everyone signed in reads every version; admins write new ones. */
@Controller
class PolicyController {

	private final Policies policies;

	PolicyController(Policies policies) {
		this.policies = policies;
	}

	@GetMapping("/policies")
	String policies(Model model) {
		model.addAttribute("policies", policies.policies());
		return "programs/policies";
	}

	@GetMapping("/policies/{key}")
	String current(@PathVariable String key, Model model) {
		return show(key, find(key).currentVersion(), model);
	}

	@GetMapping("/policies/{key}/versions/{number}")
	String show(@PathVariable String key, @PathVariable int number, Model model) {
		PolicyVersion version = policies.version(key, number)
			.orElseThrow(() -> new NotFound("This policy has no version " + number + "."));
		model.addAttribute("policy", find(key));
		model.addAttribute("version", version);
		model.addAttribute("body", Markdown.html(version.body()));
		model.addAttribute("versions", policies.versions(key));
		return "programs/policy";
	}

	@GetMapping("/admin/policies/new")
	String newPolicy(Model model) {
		model.addAttribute("form", new PolicyForm("", "", ""));
		return "programs/policy-form";
	}

	@PostMapping("/admin/policies")
	String create(@Valid @ModelAttribute("form") PolicyForm form, BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("key") && policies.policy(form.key().strip()).isPresent()) {
			errors.rejectValue("key", "taken", Policies.keyTaken(form.key().strip()));
		}
		return Forms.submit(errors, () -> "programs/policy-form", () -> {
			PolicyDocument policy = policies.createPolicy(form.key().strip(), form.title(), form.body());
			redirect.addFlashAttribute("notice", policy.title() + " is published as version 1.");
			return "redirect:/policies/" + policy.key();
		});
	}

	@GetMapping("/admin/policies/{key}/versions/new")
	String newVersion(@PathVariable String key, Model model) {
		PolicyDocument policy = find(key);
		model.addAttribute("policy", policy);
		model.addAttribute("form",
				new VersionForm(policies.version(key, policy.currentVersion()).map(v -> v.body()).orElse(""), ""));
		return "programs/version-form";
	}

	@PostMapping("/admin/policies/{key}/versions")
	String publish(@PathVariable String key, @Valid @ModelAttribute("form") VersionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("policy", find(key));
		return Forms.submit(errors, () -> "programs/version-form", () -> {
			var version = policies.publishVersion(key, form.body(), form.summaryOfChanges());
			redirect.addFlashAttribute("notice", "Version " + version.number() + " is published.");
			return "redirect:/policies/" + key;
		});
	}

	private PolicyDocument find(String key) {
		return policies.policy(key).orElseThrow(() -> new NotFound("There is no policy called " + key + "."));
	}

}
