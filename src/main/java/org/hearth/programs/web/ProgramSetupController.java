package org.hearth.programs.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.NotFound;
import org.hearth.programs.Platform;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.programs.Requirements;
import org.hearth.programs.web.ProgramForms.ProgramForm;
import org.hearth.programs.web.ProgramForms.RoleForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins set up programs and their roles. Everyone signed in can see the programs and
 * what roles ask.
 */
@Controller
class ProgramSetupController {

	private final Programs catalog;

	private final Policies policies;

	/** A program on the list, with how many roles it has. */
	record ProgramCard(Program program, long roleCount) {
	}

	ProgramSetupController(Programs catalog, Policies policies) {
		this.catalog = catalog;
		this.policies = policies;
	}

	@GetMapping("/programs")
	String programs(Model model) {
		Map<ProgramId, Long> roleCounts = catalog.allRoles()
			.stream()
			.collect(Collectors.groupingBy(ProgramRole::programId, Collectors.counting()));
		model.addAttribute("programs",
				catalog.programs()
					.stream()
					.map(program -> new ProgramCard(program, roleCounts.getOrDefault(program.id(), 0L)))
					.toList());
		return "programs/programs";
	}

	@GetMapping("/programs/{id}")
	String program(@PathVariable UUID id, Model model) {
		Program program = find(id);
		List<ProgramRole> roles = catalog.roles(program.id());
		Set<String> missing = catalog
			.missingCourses(roles.stream().flatMap(role -> role.requirements().courses().stream()).toList());
		model.addAttribute("program", program);
		model.addAttribute("roles", roles);
		model.addAttribute("policyTitles", policies.policyTitles());
		model.addAttribute("missingCourses", roles.stream()
			.collect(Collectors.toMap(ProgramRole::id,
					role -> role.requirements().courses().stream().filter(missing::contains).sorted().toList())));
		return "programs/program";
	}

	@GetMapping("/admin/programs/new")
	String newProgram(Model model) {
		return programForm(model, ProgramForm.empty(), null);
	}

	@PostMapping("/admin/programs")
	String createProgram(@Valid @ModelAttribute("form") ProgramForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> programForm(model, form, null), () -> {
			Program program = catalog.createProgram(form.name(), form.description(), form.platform());
			redirect.addFlashAttribute("notice", program.name() + " is set up. Add the roles volunteers can apply to.");
			return "redirect:/programs/" + program.id();
		});
	}

	@GetMapping("/admin/programs/{id}/edit")
	String editProgram(@PathVariable UUID id, Model model) {
		Program program = find(id);
		return programForm(model, ProgramForm.of(program), program);
	}

	@PostMapping("/admin/programs/{id}")
	String reviseProgram(@PathVariable UUID id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Program program = find(id);
		return Forms.submit(errors, () -> programForm(model, form, program), () -> {
			catalog.reviseProgram(program.id(), form.name(), form.description(), form.platform(),
					form.version() == null ? -1 : form.version());
			redirect.addFlashAttribute("notice", "Saved.");
			return "redirect:/programs/" + id;
		});
	}

	@GetMapping("/admin/programs/{id}/roles/new")
	String newRole(@PathVariable UUID id, Model model) {
		return roleForm(model, find(id), RoleForm.empty(), null);
	}

	@PostMapping("/admin/programs/{id}/roles")
	String createRole(@PathVariable UUID id, @Valid @ModelAttribute("form") RoleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Program program = find(id);
		rejectUnknownRequirements(form, errors);
		return Forms.submit(errors, () -> roleForm(model, program, form, null), () -> {
			ProgramRole role = catalog.createRole(program.id(), form.name(), form.description(), form.commitment(),
					form.requirements());
			redirect.addFlashAttribute("notice", role.name() + " is open for applications.");
			return "redirect:/programs/" + id;
		});
	}

	@GetMapping("/admin/programs/{id}/roles/{roleId}/edit")
	String editRole(@PathVariable UUID id, @PathVariable UUID roleId, Model model) {
		ProgramRole role = findRole(roleId);
		return roleForm(model, find(id), RoleForm.of(role), role);
	}

	@PostMapping("/admin/programs/{id}/roles/{roleId}")
	String reviseRole(@PathVariable UUID id, @PathVariable UUID roleId, @Valid @ModelAttribute("form") RoleForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Program program = find(id);
		ProgramRole role = findRole(roleId);
		rejectUnknownRequirements(form, errors);
		return Forms.submit(errors, () -> roleForm(model, program, form, role), () -> {
			catalog.reviseRole(role.id(), form.name(), form.description(), form.commitment(), form.requirements(),
					form.version() == null ? -1 : form.version());
			redirect.addFlashAttribute("notice", "Saved " + form.name().strip() + ".");
			return "redirect:/programs/" + id;
		});
	}

	/**
	 * Puts an unknown course and an unknown policy beside their fields together with the
	 * form's other mistakes, instead of one after another on each try.
	 */
	private void rejectUnknownRequirements(RoleForm form, BindingResult errors) {
		Requirements requirements;
		try {
			requirements = form.requirements();
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		catalog.unknownRequirements(requirements).forEach((field, message) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "unknown", message);
			}
		});
	}

	private String programForm(Model model, ProgramForm form, Program program) {
		model.addAttribute("form", form);
		model.addAttribute("program", program);
		model.addAttribute("platforms", Platform.values());
		return "programs/program-form";
	}

	private String roleForm(Model model, Program program, RoleForm form, ProgramRole role) {
		model.addAttribute("form", form);
		model.addAttribute("program", program);
		model.addAttribute("role", role);
		model.addAttribute("policies", policies.policies());
		model.addAttribute("courseNames", catalog.courseNames());
		return "programs/role-form";
	}

	private Program find(UUID id) {
		return catalog.program(new ProgramId(id)).orElseThrow(() -> new NotFound("There is no program with this id."));
	}

	private ProgramRole findRole(UUID id) {
		return catalog.role(new ProgramRoleId(id)).orElseThrow(() -> new NotFound("There is no role with this id."));
	}

}
