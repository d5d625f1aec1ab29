package org.hearth.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Programs and their roles, with the courses and policies each role requires. An update
 * made from a stale version is refused.
 */
@Repository
class ProgramStore {

	private static final UUID NOBODY = new UUID(0, 0);

	private final JdbcClient jdbc;

	ProgramStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Programs

	List<Program> programs() {
		return jdbc.sql("select * from program order by name").query(ProgramStore::program).list();
	}

	Optional<Program> program(ProgramId id) {
		return jdbc.sql("select * from program where id = :id")
			.param("id", id.value())
			.query(ProgramStore::program)
			.optional();
	}

	/**
	 * Whether another program than {@code except} (none when null) has the name, letter
	 * case aside.
	 */
	boolean programNameTaken(String name, ProgramId except) {
		return jdbc.sql("select count(*) from program where lower(name) = lower(:name) and id <> :except")
			.param("name", name)
			.param("except", except == null ? NOBODY : except.value())
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Program program) {
		jdbc.sql("""
				insert into program (id, name, description, platform, created_at, version)
				values (:id, :name, :description, :platform, :at, 0)""")
			.param("id", program.id().value())
			.param("name", program.name())
			.param("description", program.description())
			.param("platform", program.platform().name())
			.param("at", Timestamp.from(program.createdAt()))
			.update();
	}

	/**
	 * Writes the program over the one stored at {@code version}; false when that is
	 * stale.
	 */
	boolean update(Program program, long version) {
		int updated = jdbc.sql("""
				update program set name = :name, description = :description, platform = :platform, version = version + 1
				where id = :id and version = :version""")
			.param("id", program.id().value())
			.param("name", program.name())
			.param("description", program.description())
			.param("platform", program.platform().name())
			.param("version", version)
			.update();
		return updated > 0;
	}

	// Roles

	List<ProgramRole> roles(ProgramId program) {
		return jdbc.sql("select * from program_role where program_id = :program order by name")
			.param("program", program.value())
			.query(this::mapRole)
			.list();
	}

	List<ProgramRole> allRoles() {
		return jdbc.sql("select * from program_role order by name").query(this::mapRole).list();
	}

	Map<ProgramRoleId, String> roleNames() {
		Map<ProgramRoleId, String> names = new HashMap<>();
		jdbc.sql("select id, name from program_role")
			.query((rs, n) -> names.put(new ProgramRoleId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
		return names;
	}

	Optional<ProgramRole> role(ProgramRoleId id) {
		return jdbc.sql("select * from program_role where id = :id")
			.param("id", id.value())
			.query(this::mapRole)
			.optional();
	}

	/**
	 * Whether another role than {@code except} (none when null) in the program has the
	 * name, letter case aside.
	 */
	boolean roleNameTaken(ProgramId program, String name, ProgramRoleId except) {
		return jdbc
			.sql("""
					select count(*) from program_role where program_id = :program and lower(name) = lower(:name) and id <> :except""")
			.param("program", program.value())
			.param("name", name)
			.param("except", except == null ? NOBODY : except.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** The columns a role's insert and update both write, by parameter name. */
	private static Map<String, Object> rowOf(ProgramRole role) {
		Commitment commitment = role.commitment();
		Requirements requirements = role.requirements();
		var row = new HashMap<String, Object>();
		row.put("id", role.id().value());
		row.put("name", role.name());
		row.put("description", role.description());
		row.put("months", commitment.months());
		row.put("frequency", commitment.frequency());
		row.put("amount", commitment.amount());
		row.put("unit", commitment.unit().name());
		row.put("period", commitment.period().name());
		row.put("check", requirements.backgroundCheck());
		row.put("validity", requirements.backgroundCheckValidityMonths());
		row.put("age", requirements.minimumAge());
		return row;
	}

	void insert(ProgramRole role) {
		Requirements requirements = role.requirements();
		jdbc.sql(
				"""
						insert into program_role (id, program_id, name, description, commitment_months, commitment_frequency,
						  commitment_amount, commitment_unit, commitment_period,
						  background_check_required, background_check_validity_months, minimum_age, created_at, version)
						values (:id, :program, :name, :description, :months, :frequency, :amount, :unit, :period, :check, :validity, :age, :at, 0)""")
			.params(rowOf(role))
			.param("program", role.programId().value())
			.param("at", Timestamp.from(role.createdAt()))
			.update();
		writeRequirementSets(role.id(), requirements);
	}

	/**
	 * Writes the role over the one stored at {@code version}, with its courses and
	 * policies; false, writing nothing, when that version is stale.
	 */
	boolean update(ProgramRole role, long version) {
		Requirements requirements = role.requirements();
		int updated = jdbc.sql("""
				update program_role set name = :name, description = :description, commitment_months = :months,
				  commitment_frequency = :frequency, commitment_amount = :amount, commitment_unit = :unit,
				  commitment_period = :period, background_check_required = :check,
				  background_check_validity_months = :validity, minimum_age = :age, version = version + 1
				where id = :id and version = :version""").params(rowOf(role)).param("version", version).update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from program_role_course where program_role_id = :id").param("id", role.id().value()).update();
		jdbc.sql("delete from program_role_policy where program_role_id = :id").param("id", role.id().value()).update();
		writeRequirementSets(role.id(), requirements);
		return true;
	}

	/** The roles that ask for the course, letter case aside. */
	List<UUID> rolesRequiringCourse(String course) {
		return jdbc.sql("select program_role_id from program_role_course where lower(course) = lower(:from)")
			.param("from", course)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

	void renameRequiredCourse(String from, String to) {
		jdbc.sql("update program_role_course set course = :to where lower(course) = lower(:from)")
			.param("from", from)
			.param("to", to)
			.update();
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

}
