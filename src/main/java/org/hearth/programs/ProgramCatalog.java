package org.hearth.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hearth.shared.NotFound;
import org.hearth.audit.AuditLog;
import org.hearth.shared.StorableText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's setup: programs, their roles with requirements and commitment, and
 * versioned policy documents. Every change is audited; an edit made from a stale version
 * is refused.
 */
@Service
public class ProgramCatalog {

	/** How a policy's key is written: roles and links name the policy by it. */
	public static final String POLICY_KEY_FORMAT = "[a-z0-9][a-z0-9-]{1,59}";

	/** What to do about a key not written as {@link #POLICY_KEY_FORMAT} asks. */
	public static final String POLICY_KEY_HINT = "A key is 2 to 60 lower-case letters, digits or dashes, like code-of-conduct.";

	private static final Pattern POLICY_KEY = Pattern.compile(POLICY_KEY_FORMAT);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<CourseCatalog> courses;

	ProgramCatalog(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<CourseCatalog> courses) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.courses = courses;
	}

	// Programs

	@Transactional(readOnly = true)
	public List<Program> programs() {
		return jdbc.sql("select * from program order by name").query(ProgramCatalog::program).list();
	}

	@Transactional(readOnly = true)
	public Optional<Program> program(ProgramId id) {
		return jdbc.sql("select * from program where id = :id")
			.param("id", id.value())
			.query(ProgramCatalog::program)
			.optional();
	}

	@Transactional
	public Program createProgram(String name, String description, Platform platform) {
		var program = new Program(new ProgramId(UUID.randomUUID()), name, description, platform, clock.instant(), 0);
		requireUniqueProgramName(program.name(), null);
		jdbc.sql("""
				insert into program (id, name, description, platform, created_at, version)
				values (:id, :name, :description, :platform, :at, 0)""")
			.param("id", program.id().value())
			.param("name", program.name())
			.param("description", program.description())
			.param("platform", program.platform().name())
			.param("at", Timestamp.from(program.createdAt()))
			.update();
		audit.record("program.created", "program", program.id(), program.name() + " on " + platform.label());
		return program;
	}

	@Transactional
	public Program reviseProgram(ProgramId id, String name, String description, Platform platform, long version) {
		Program before = program(id).orElseThrow(() -> notFound("program", id));
		var after = new Program(id, name, description, platform, before.createdAt(), version + 1);
		requireUniqueProgramName(after.name(), id);
		int updated = jdbc.sql("""
				update program set name = :name, description = :description, platform = :platform, version = version + 1
				where id = :id and version = :version""")
			.param("id", id.value())
			.param("name", after.name())
			.param("description", after.description())
			.param("platform", platform.name())
			.param("version", version)
			.update();
		requireUpdated(updated, "program " + before.name());
		audit.record("program.revised", "program", id,
				changes(change("name", before.name(), after.name()),
						change("platform", before.platform().label(), after.platform().label()),
						change("description", before.description(), after.description())));
		return after;
	}

	// Roles

	@Transactional(readOnly = true)
	public List<ProgramRole> roles(ProgramId program) {
		return jdbc.sql("select * from program_role where program_id = :program order by name")
			.param("program", program.value())
			.query(this::mapRole)
			.list();
	}

	@Transactional(readOnly = true)
	public List<ProgramRole> allRoles() {
		return jdbc.sql("select * from program_role order by name").query(this::mapRole).list();
	}

	/** Every role's name, in one query, for pages that list many people's roles. */
	@Transactional(readOnly = true)
	public Map<ProgramRoleId, String> roleNames() {
		Map<ProgramRoleId, String> names = new HashMap<>();
		jdbc.sql("select id, name from program_role")
			.query((rs, n) -> names.put(new ProgramRoleId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
		return names;
	}

	@Transactional(readOnly = true)
	public Optional<ProgramRole> role(ProgramRoleId id) {
		return jdbc.sql("select * from program_role where id = :id")
			.param("id", id.value())
			.query(this::mapRole)
			.optional();
	}

	@Transactional
	public ProgramRole createRole(ProgramId programId, String name, String description, Commitment commitment,
			Requirements requirements) {
		Program program = program(programId).orElseThrow(() -> notFound("program", programId));
		var role = new ProgramRole(new ProgramRoleId(UUID.randomUUID()), programId, name, description, commitment,
				requirements, clock.instant(), 0);
		requireUniqueRoleName(programId, role.name(), null);
		requireKnown(requirements);
		jdbc.sql(
				"""
						insert into program_role (id, program_id, name, description, commitment_months, commitment_frequency,
						  commitment_amount, commitment_unit, commitment_period,
						  background_check_required, background_check_validity_months, minimum_age, created_at, version)
						values (:id, :program, :name, :description, :months, :frequency, :amount, :unit, :period, :check, :validity, :age, :at, 0)""")
			.param("id", role.id().value())
			.param("program", programId.value())
			.param("name", role.name())
			.param("description", role.description())
			.param("months", commitment.months())
			.param("frequency", commitment.frequency())
			.param("amount", commitment.amount())
			.param("unit", commitment.unit().name())
			.param("period", commitment.period().name())
			.param("check", requirements.backgroundCheck())
			.param("validity", requirements.backgroundCheckValidityMonths())
			.param("age", requirements.minimumAge())
			.param("at", Timestamp.from(role.createdAt()))
			.update();
		writeRequirementSets(role.id(), requirements);
		audit.record("program-role.created", "program-role", role.id(), role.name() + " in " + program.name()
				+ "; commitment " + commitment + "; requires " + describe(requirements));
		return role;
	}

	@Transactional
	public ProgramRole reviseRole(ProgramRoleId id, String name, String description, Commitment commitment,
			Requirements requirements, long version) {
		ProgramRole before = role(id).orElseThrow(() -> notFound("role", id));
		var after = new ProgramRole(id, before.programId(), name, description, commitment, requirements,
				before.createdAt(), version + 1);
		requireUniqueRoleName(before.programId(), after.name(), id);
		requireKnown(requirements);
		int updated = jdbc.sql("""
				update program_role set name = :name, description = :description, commitment_months = :months,
				  commitment_frequency = :frequency, commitment_amount = :amount, commitment_unit = :unit,
				  commitment_period = :period, background_check_required = :check,
				  background_check_validity_months = :validity, minimum_age = :age, version = version + 1
				where id = :id and version = :version""")
			.param("id", id.value())
			.param("name", after.name())
			.param("description", after.description())
			.param("months", commitment.months())
			.param("frequency", commitment.frequency())
			.param("amount", commitment.amount())
			.param("unit", commitment.unit().name())
			.param("period", commitment.period().name())
			.param("check", requirements.backgroundCheck())
			.param("validity", requirements.backgroundCheckValidityMonths())
			.param("age", requirements.minimumAge())
			.param("version", version)
			.update();
		requireUpdated(updated, "role " + before.name());
		jdbc.sql("delete from program_role_course where program_role_id = :id").param("id", id.value()).update();
		jdbc.sql("delete from program_role_policy where program_role_id = :id").param("id", id.value()).update();
		writeRequirementSets(id, requirements);
		audit.record("program-role.revised", "program-role", id,
				changes(change("name", before.name(), after.name()),
						change("commitment", before.commitment().toString(), commitment.toString()),
						change("requirements", describe(before.requirements()), describe(requirements)),
						change("description", before.description(), after.description())));
		return after;
	}

	// Policy documents

	@Transactional(readOnly = true)
	public List<PolicyDocument> policies() {
		return jdbc.sql("""
				select d.key, d.title, d.created_at, coalesce(max(v.number), 0) as current_version
				from policy_document d left join policy_version v on v.policy_document_id = d.id
				group by d.id order by d.title""").query(ProgramCatalog::policy).list();
	}

	/** Each policy's title by its key, for pages that name a role's policies. */
	@Transactional(readOnly = true)
	public Map<String, String> policyTitles() {
		Map<String, String> titles = new HashMap<>();
		policies().forEach(policy -> titles.put(policy.key(), policy.title()));
		return titles;
	}

	@Transactional(readOnly = true)
	public Optional<PolicyDocument> policy(String key) {
		return jdbc.sql("""
				select d.key, d.title, d.created_at, coalesce(max(v.number), 0) as current_version
				from policy_document d left join policy_version v on v.policy_document_id = d.id
				where d.key = :key group by d.id""").param("key", key).query(ProgramCatalog::policy).optional();
	}

	@Transactional(readOnly = true)
	public List<PolicyVersion> versions(String key) {
		return jdbc.sql("""
				select d.key, v.* from policy_version v join policy_document d on d.id = v.policy_document_id
				where d.key = :key order by v.number desc""").param("key", key).query(ProgramCatalog::version).list();
	}

	@Transactional(readOnly = true)
	public Optional<PolicyVersion> version(String key, int number) {
		return jdbc.sql("""
				select d.key, v.* from policy_version v join policy_document d on d.id = v.policy_document_id
				where d.key = :key and v.number = :number""")
			.param("key", key)
			.param("number", number)
			.query(ProgramCatalog::version)
			.optional();
	}

	/** Creates a policy document with its first version. */
	@Transactional
	public PolicyDocument createPolicy(String key, String title, String body) {
		if (key == null || !POLICY_KEY.matcher(key).matches()) {
			throw new ProgramException("key", POLICY_KEY_HINT);
		}
		// Text that shows nothing (zero-width characters, Hangul fillers) is refused like
		// empty text, with the form's own words.
		if (StorableText.looksBlank(title)) {
			throw new ProgramException("title", "Give the policy a title.");
		}
		if (StorableText.looksBlank(body)) {
			throw new ProgramException("body", "Write the policy’s text.");
		}
		String cleanTitle = requireText(title, "title", 160);
		if (policy(key).isPresent()) {
			throw new ProgramException("key", keyTaken(key));
		}
		jdbc.sql("insert into policy_document (id, key, title, created_at) values (:id, :key, :title, :at)")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("title", cleanTitle)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.record("policy.created", "policy", key, cleanTitle);
		publishVersion(key, body, "First version");
		return policy(key).orElseThrow();
	}

	/** Why a new policy cannot take a key another policy has, and what to do. */
	public static String keyTaken(String key) {
		return "There is already a policy with the key " + key
				+ ". Choose another key, or publish a new version of that policy.";
	}

	/** Publishes a new version; the earlier ones stay as they were. */
	@Transactional
	public PolicyVersion publishVersion(String key, String body, String summaryOfChanges) {
		UUID documentId = jdbc.sql("select id from policy_document where key = :key for update")
			.param("key", key)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> notFound("policy", key));
		String text = requireText(body, "body", 200_000);
		String summary = requireText(summaryOfChanges, "summaryOfChanges", 400);
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from policy_version where policy_document_id = :id")
			.param("id", documentId)
			.query(Integer.class)
			.single();
		jdbc.sql(
				"""
						insert into policy_version (id, policy_document_id, number, body, summary_of_changes, published_at, published_by)
						values (:id, :document, :number, :body, :summary, :at, :by)""")
			.param("id", UUID.randomUUID())
			.param("document", documentId)
			.param("number", number)
			.param("body", text)
			.param("summary", summary)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", currentActor())
			.update();
		audit.record("policy.version-published", "policy", key, "Version " + number + ": " + summary);
		events.publishEvent(new PolicyVersionPublished(key, number));
		return version(key, number).orElseThrow();
	}

	private void writeRequirementSets(ProgramRoleId id, Requirements requirements) {
		requirements.courses()
			.forEach(course -> jdbc
				.sql("insert into program_role_course (program_role_id, course) values (:id, :course)")
				.param("id", id.value())
				.param("course", course)
				.update());
		requirements.policies()
			.forEach(policy -> jdbc
				.sql("insert into program_role_policy (program_role_id, policy_key) values (:id, :policy)")
				.param("id", id.value())
				.param("policy", policy)
				.update());
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
		List<String> missingPolicies = requirements.policies().stream().filter(key -> policy(key).isEmpty()).toList();
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
		List<UUID> roles = jdbc
			.sql("select program_role_id from program_role_course where lower(course) = lower(:from)")
			.param("from", from)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
		jdbc.sql("update program_role_course set course = :to where lower(course) = lower(:from)")
			.param("from", from)
			.param("to", to)
			.update();
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
		boolean taken = jdbc.sql("select count(*) from program where lower(name) = lower(:name) and id <> :except")
			.param("name", name)
			.param("except", except == null ? new UUID(0, 0) : except.value())
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw new ProgramException("name", "There is already a program called " + name);
		}
	}

	private void requireUniqueRoleName(ProgramId program, String name, ProgramRoleId except) {
		boolean taken = jdbc
			.sql("""
					select count(*) from program_role where program_id = :program and lower(name) = lower(:name) and id <> :except""")
			.param("program", program.value())
			.param("name", name)
			.param("except", except == null ? new UUID(0, 0) : except.value())
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw new ProgramException("name", "This program already has a role called " + name);
		}
	}

	private ProgramRole mapRole(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Set<String> courses = Set.copyOf(jdbc.sql("select course from program_role_course where program_role_id = :id")
			.param("id", id)
			.query(String.class)
			.list());
		Set<String> policies = Set
			.copyOf(jdbc.sql("select policy_key from program_role_policy where program_role_id = :id")
				.param("id", id)
				.query(String.class)
				.list());
		var requirements = new Requirements(courses, rs.getBoolean("background_check_required"),
				(Integer) rs.getObject("background_check_validity_months"), policies,
				(Integer) rs.getObject("minimum_age"));
		return new ProgramRole(new ProgramRoleId(id), new ProgramId(rs.getObject("program_id", UUID.class)),
				rs.getString("name"), rs.getString("description"),
				Commitment.stored(rs.getInt("commitment_months"), rs.getBigDecimal("commitment_amount"),
						rs.getString("commitment_unit"), rs.getString("commitment_period")),
				requirements, rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

	private static Program program(ResultSet rs, int row) throws SQLException {
		return new Program(new ProgramId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("description"), Platform.valueOf(rs.getString("platform")),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

	private static PolicyDocument policy(ResultSet rs, int row) throws SQLException {
		return new PolicyDocument(rs.getString("key"), rs.getString("title"), rs.getTimestamp("created_at").toInstant(),
				rs.getInt("current_version"));
	}

	private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
		return new PolicyVersion(rs.getString("key"), rs.getInt("number"), rs.getString("body"),
				rs.getString("summary_of_changes"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"));
	}

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

	private static void requireUpdated(int updated, String what) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Someone else changed the " + what
					+ " since you opened it. Reload to see their change, then try again.");
		}
	}

	private String describe(Requirements requirements) {
		List<String> lines = requirements.describe(policyTitles());
		return lines.isEmpty() ? "nothing" : String.join("; ", lines);
	}

	private static String change(String field, String before, String after) {
		return before.equals(after) ? "" : field + ": " + before + " → " + after;
	}

	private static String changes(String... changes) {
		String joined = String.join("\n", List.of(changes).stream().filter(c -> !c.isEmpty()).toList());
		return joined.isEmpty() ? "No change" : joined;
	}

	private static String currentActor() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static NotFound notFound(String what, Object id) {
		return new NotFound("There is no " + what + " " + id);
	}

}
