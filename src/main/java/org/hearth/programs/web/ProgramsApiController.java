package org.hearth.programs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hearth.shared.NotFound;
import org.hearth.programs.PolicyDocument;
import org.hearth.programs.PolicyVersion;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.programs.web.ProgramForms.PolicyForm;
import org.hearth.programs.web.ProgramForms.ProgramForm;
import org.hearth.programs.web.ProgramForms.RoleForm;
import org.hearth.programs.web.ProgramForms.VersionForm;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programs, roles and policy documents. Anyone with a token reads them; admins change
 * them, sending back the {@code version} they read so a change made meanwhile is not
 * overwritten.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation setup", description = "Programs, program roles with requirements, policy documents")
class ProgramsApiController {

	private final Programs catalog;

	private final Policies policies;

	ProgramsApiController(Programs catalog, Policies policies) {
		this.catalog = catalog;
		this.policies = policies;
	}

	@GetMapping("/programs")
	List<Program> programs() {
		return catalog.programs();
	}

	@GetMapping("/programs/{id}")
	Program program(@PathVariable UUID id) {
		return catalog.program(new ProgramId(id)).orElseThrow(() -> new NotFound("There is no program " + id));
	}

	@PostMapping("/programs")
	@Operation(summary = "Create a program (admin)")
	ResponseEntity<Program> createProgram(@Valid @RequestBody ProgramForm form) {
		Program program = catalog.createProgram(form.name(), form.description(), form.platform());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id())).body(program);
	}

	@PutMapping("/programs/{id}")
	@Operation(summary = "Change a program (admin)")
	Program reviseProgram(@PathVariable UUID id, @Valid @RequestBody ProgramForm form) {
		return catalog.reviseProgram(new ProgramId(id), form.name(), form.description(), form.platform(),
				requireVersion(form.version()));
	}

	@GetMapping("/programs/{id}/roles")
	List<ProgramRole> roles(@PathVariable UUID id) {
		return catalog.roles(program(id).id());
	}

	@GetMapping("/programs/{id}/roles/{roleId}")
	ProgramRole role(@PathVariable UUID id, @PathVariable UUID roleId) {
		return catalog.role(new ProgramRoleId(roleId))
			.filter(role -> role.programId().value().equals(id))
			.orElseThrow(() -> new NotFound("Program " + id + " has no role " + roleId));
	}

	@PostMapping("/programs/{id}/roles")
	@Operation(summary = "Add a role with its commitment and requirements (admin)")
	ResponseEntity<ProgramRole> createRole(@PathVariable UUID id, @Valid @RequestBody RoleForm form) {
		ProgramRole role = catalog.createRole(new ProgramId(id), form.name(), form.description(), form.commitment(),
				form.requirements());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/roles/" + role.id())).body(role);
	}

	@PutMapping("/programs/{id}/roles/{roleId}")
	@Operation(summary = "Change a role's commitment or requirements (admin)")
	ProgramRole reviseRole(@PathVariable UUID id, @PathVariable UUID roleId, @Valid @RequestBody RoleForm form) {
		return catalog.reviseRole(role(id, roleId).id(), form.name(), form.description(), form.commitment(),
				form.requirements(), requireVersion(form.version()));
	}

	@GetMapping("/policies")
	List<PolicyDocument> policies() {
		return policies.policies();
	}

	@GetMapping("/policies/{key}")
	PolicyVersion currentVersion(@PathVariable String key) {
		PolicyDocument policy = policies.policy(key).orElseThrow(() -> new NotFound("There is no policy " + key));
		return version(key, policy.currentVersion());
	}

	@GetMapping("/policies/{key}/versions")
	List<PolicyVersion> versions(@PathVariable String key) {
		return policies.versions(key);
	}

	@GetMapping("/policies/{key}/versions/{number}")
	PolicyVersion version(@PathVariable String key, @PathVariable int number) {
		return policies.version(key, number)
			.orElseThrow(() -> new NotFound("Policy " + key + " has no version " + number));
	}

	@PostMapping("/policies")
	@Operation(summary = "Create a policy document with its first version (admin)")
	ResponseEntity<PolicyDocument> createPolicy(@Valid @RequestBody PolicyForm form) {
		PolicyDocument policy = policies.createPolicy(form.key().strip(), form.title(), form.body());
		return ResponseEntity.created(URI.create("/api/v1/policies/" + policy.key())).body(policy);
	}

	@PostMapping("/policies/{key}/versions")
	@Operation(summary = "Publish a new version of a policy (admin); earlier versions stay readable")
	ResponseEntity<PolicyVersion> publish(@PathVariable String key, @Valid @RequestBody VersionForm form) {
		PolicyVersion version = policies.publishVersion(key, form.body(), form.summaryOfChanges());
		return ResponseEntity.created(URI.create("/api/v1/policies/" + key + "/versions/" + version.number()))
			.body(version);
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw new IllegalArgumentException(
					"Send the version you read, so a change made meanwhile is not overwritten");
		}
		return version;
	}

}
