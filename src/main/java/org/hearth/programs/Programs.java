package org.hearth.programs;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hearth.audit.AuditLog;
import org.hearth.shared.NotFound;
import org.hearth.shared.StorableText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's programs and their roles, with what each role requires and the
 * commitment it asks for. Every change is audited; an edit made from a stale version is
 * refused.
 */
@Service
public class Programs {

	private final ProgramStore store;

	private final Policies policies;

	private final AuditLog audit;

	private final Clock clock;

	private final ObjectProvider<CourseCatalog> courses;

	Programs(ProgramStore store, Policies policies, AuditLog audit, Clock clock,
			ObjectProvider<CourseCatalog> courses) {
		this.store = store;
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
		this.courses = courses;
	}

	// Programs

	@Transactional(readOnly = true)
	public List<Program> programs() {
		return store.programs();
	}

	@Transactional(readOnly = true)
	public Optional<Program> program(ProgramId id) {
		return store.program(id);
	}

	@Transactional
	public Program createProgram(String name, String description, Platform platform) {
		var program = new Program(new ProgramId(UUID.randomUUID()), name, description, platform, clock.instant(), 0);
		requireUniqueProgramName(program.name(), null);
		store.insert(program);
		audit.record("program.created", "program", program.id(), program.name() + " on " + platform.label());
		return program;
	}

	@Transactional
	public Program reviseProgram(ProgramId id, String name, String description, Platform platform, long version) {
		Program before = store.program(id).orElseThrow(() -> notFound("program", id));
		var after = new Program(id, name, description, platform, before.createdAt(), version + 1);
		requireUniqueProgramName(after.name(), id);
		requireUpdated(store.update(after, version), "program " + before.name());
		audit.record("program.revised", "program", id,
				changes(change("name", before.name(), after.name()),
						change("platform", before.platform().label(), after.platform().label()),
						change("description", before.description(), after.description())));
		return after;
	}

	// Roles

	@Transactional(readOnly = true)
	public List<ProgramRole> roles(ProgramId program) {
		return store.roles(program);
	}

	@Transactional(readOnly = true)
	public List<ProgramRole> allRoles() {
		return store.allRoles();
	}

	/** Every role's name, in one query, for pages that list many people's roles. */
	@Transactional(readOnly = true)
	public Map<ProgramRoleId, String> roleNames() {
		return store.roleNames();
	}

	@Transactional(readOnly = true)
	public Optional<ProgramRole> role(ProgramRoleId id) {
		return store.role(id);
	}

	@Transactional
	public ProgramRole createRole(ProgramId programId, String name, String description, Commitment commitment,
			Requirements requirements) {
		Program program = store.program(programId).orElseThrow(() -> notFound("program", programId));
		var role = new ProgramRole(new ProgramRoleId(UUID.randomUUID()), programId, name, description, commitment,
				requirements, clock.instant(), 0);
		requireUniqueRoleName(programId, role.name(), null);
		requireKnown(requirements);
		store.insert(role);
		audit.record("program-role.created", "program-role", role.id(), role.name() + " in " + program.name()
				+ "; commitment " + commitment + "; requires " + describe(requirements));
		return role;
	}

	@Transactional
	public ProgramRole reviseRole(ProgramRoleId id, String name, String description, Commitment commitment,
			Requirements requirements, long version) {
		ProgramRole before = store.role(id).orElseThrow(() -> notFound("role", id));
		var after = new ProgramRole(id, before.programId(), name, description, commitment, requirements,
				before.createdAt(), version + 1);
		requireUniqueRoleName(before.programId(), after.name(), id);
		requireKnown(requirements);
		requireUpdated(store.update(after, version), "role " + before.name());
		audit.record("program-role.revised", "program-role", id,
				changes(change("name", before.name(), after.name()),
						change("commitment", before.commitment().toString(), commitment.toString()),
						change("requirements", describe(before.requirements()), describe(requirements)),
						change("description", before.description(), after.description())));
		return after;
	}

	/**
	 * What a role's requirements name that does not exist, by field: a course nobody can
	 * take or a policy nobody can read would leave applicants with a step they can never
	 * do. Empty when every course and policy is there.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> unknownRequirements(Requirements requirements) {
		Map<String, String> problems = new LinkedHashMap<>();
		Set<String> missingCourses = missingCourses(requirements.courses());
		if (!missingCourses.isEmpty()) {
			problems.put("courses",
					(missingCourses.size() == 1 ? "There is no course called " : "There are no courses called ")
							+ String.join(", ", missingCourses)
							+ ". Check the spelling against the course list, or write the course under Courses first.");
		}
		List<String> missingPolicies = requirements.policies()
			.stream()
			.filter(key -> policies.policy(key).isEmpty())
			.toList();
		if (!missingPolicies.isEmpty()) {
			problems.put("policies", "There is no policy document with the key " + String.join(", ", missingPolicies)
					+ ". Use a key from the policy list, or write the policy first.");
		}
		return problems;
	}

	/**
	 * The courses among the names that Hearth has none of; with no courses module
	 * running, every name, as nobody could take them.
	 */
	@Transactional(readOnly = true)
	public Set<String> missingCourses(Collection<String> names) {
		if (names.isEmpty()) {
			return Set.of();
		}
		CourseCatalog catalog = courses.getIfAvailable();
		return new TreeSet<>(catalog == null ? names : catalog.missing(names));
	}

	/**
	 * A course was renamed: every role that asks for it by its old name asks for it by
	 * the new one, so renaming a course never leaves applicants with a course nobody can
	 * take. Gives how many roles changed.
	 */
	@Transactional
	public int renameRequiredCourse(String from, String to) {
		List<UUID> roles = store.rolesRequiringCourse(from);
		store.renameRequiredCourse(from, to);
		roles.forEach(role -> audit.record("program-role.course-renamed", "program-role", role,
				"Asks for the course " + to + ", renamed from " + from));
		return roles.size();
	}

	/** Every course a role may ask for, by name. */
	@Transactional(readOnly = true)
	public List<String> courseNames() {
		CourseCatalog catalog = courses.getIfAvailable();
		return catalog == null ? List.of() : catalog.names();
	}

	private void requireKnown(Requirements requirements) {
		unknownRequirements(requirements).entrySet().stream().findFirst().ifPresent(problem -> {
			throw new ProgramException(problem.getKey(), problem.getValue());
		});
	}

	private void requireUniqueProgramName(String name, ProgramId except) {
		if (store.programNameTaken(name, except)) {
			throw new ProgramException("name", "There is already a program called " + name);
		}
	}

	private void requireUniqueRoleName(ProgramId program, String name, ProgramRoleId except) {
		if (store.roleNameTaken(program, name, except)) {
			throw new ProgramException("name", "This program already has a role called " + name);
		}
	}

	/**
	 * The text stripped, refused when it shows nothing or is longer than the field
	 * allows.
	 */
	static String requireText(String value, String field, int maxLength) {
		if (StorableText.looksBlank(value)) {
			throw new ProgramException(field, "This can't be empty");
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw new ProgramException(field, "Keep this to " + maxLength + " characters");
		}
		return text;
	}

	private static void requireUpdated(boolean updated, String what) {
		if (!updated) {
			throw new OptimisticLockingFailureException("Someone else changed the " + what
					+ " since you opened it. Reload to see their change, then try again.");
		}
	}

	private String describe(Requirements requirements) {
		List<String> lines = requirements.describe(policies.policyTitles());
		return lines.isEmpty() ? "nothing" : String.join("; ", lines);
	}

	private static String change(String field, String before, String after) {
		return before.equals(after) ? "" : field + ": " + before + " → " + after;
	}

	private static String changes(String... changes) {
		String joined = String.join("\n", List.of(changes).stream().filter(c -> !c.isEmpty()).toList());
		return joined.isEmpty() ? "No change" : joined;
	}

	private static NotFound notFound(String what, Object id) {
		return new NotFound("There is no " + what + " " + id);
	}

}
