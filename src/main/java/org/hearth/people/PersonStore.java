package org.hearth.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People with an account. A person is inserted on the first save and updated on later
 * ones, each from the version it was loaded at: a save from a stale version is refused.
 */
@Repository
class PersonStore {

	private final JdbcClient jdbc;

	PersonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Person> findById(UUID id) {
		return jdbc.sql("select * from person where id = :id").param("id", id).query(PersonStore::map).optional();
	}

	/** The person with the address, letter case aside. */
	Optional<Person> findByEmail(String email) {
		return jdbc.sql("select * from person where lower(email) = lower(:email)")
			.param("email", email)
			.query(PersonStore::map)
			.optional();
	}

	List<Person> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from person where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(PersonStore::map)
			.list();
	}

	boolean existsByRole(Role role) {
		return jdbc.sql("select exists (select 1 from person where role = :role)")
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * People of the role (any when null) whose address or name holds the text (any when
	 * null), by name.
	 */
	List<Person> search(String role, String text) {
		return jdbc
			.sql("""
					select * from person
					where (cast(:role as varchar) is null or role = cast(:role as varchar))
					  and (cast(:text as varchar) is null or email ilike '%' || cast(:text as varchar) || '%' or display_name ilike '%' || cast(:text as varchar) || '%')
					order by display_name""")
			.param("role", role)
			.param("text", text)
			.query(PersonStore::map)
			.list();
	}

	/** A page of {@link #search(String, String)}. */
	List<Person> searchPage(String role, String text, int limit, int offset) {
		return jdbc
			.sql("""
					select * from person
					where (cast(:role as varchar) is null or role = cast(:role as varchar))
					  and (cast(:text as varchar) is null or email ilike '%' || cast(:text as varchar) || '%' or display_name ilike '%' || cast(:text as varchar) || '%')
					order by display_name, id
					limit :limit offset :offset""")
			.param("role", role)
			.param("text", text)
			.param("limit", limit)
			.param("offset", offset)
			.query(PersonStore::map)
			.list();
	}

	/**
	 * People of the role whose address or name holds the text (every one of them without
	 * text, which must have its LIKE wildcards escaped), by name, at most {@code limit}.
	 */
	List<Accounts.PersonChoice> choices(Role role, String text, int limit) {
		return jdbc.sql("""
				select id, display_name, email from person
				where role = :role
				  and (cast(:text as varchar) is null or email ilike '%' || cast(:text as varchar) || '%'
				       or display_name ilike '%' || cast(:text as varchar) || '%')
				order by display_name, id
				limit :limit""")
			.param("role", role.name())
			.param("text", text)
			.param("limit", limit)
			.query((rs, n) -> new Accounts.PersonChoice(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("display_name"), rs.getString("email")))
			.list();
	}

	/**
	 * Inserts a person never saved, at version 0, or updates one from the version it was
	 * loaded at; either way the person then carries the version written.
	 */
	void save(Person person) {
		if (person.isNew()) {
			jdbc.sql(
					"""
							insert into person (id, email, display_name, password_hash, role, lead_type, access, created_at, version)
							values (:id, :email, :name, :hash, :role, :leadType, :access, :at, 0)""")
				.param("id", person.id().value())
				.param("email", person.email())
				.param("name", person.displayName())
				.param("hash", person.passwordHash())
				.param("role", person.role().name())
				.param("leadType", person.leadType() == null ? null : person.leadType().name())
				.param("access", person.access().name())
				.param("at", Timestamp.from(person.createdAt()))
				.update();
			person.stored(0);
			return;
		}
		int updated = jdbc.sql("""
				update person set email = :email, display_name = :name, password_hash = :hash, role = :role,
				  lead_type = :leadType, access = :access, version = version + 1
				where id = :id and version = :version""")
			.param("id", person.id().value())
			.param("email", person.email())
			.param("name", person.displayName())
			.param("hash", person.passwordHash())
			.param("role", person.role().name())
			.param("leadType", person.leadType() == null ? null : person.leadType().name())
			.param("access", person.access().name())
			.param("version", person.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Someone else changed " + person.displayName()
					+ "’s account in the meantime. Reload to see their change, then try again.");
		}
		person.stored(person.version() + 1);
	}

	private static Person map(ResultSet rs, int row) throws SQLException {
		String leadType = rs.getString("lead_type");
		return new Person(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
				leadType == null ? null : LeadType.valueOf(leadType), Access.valueOf(rs.getString("access")),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
