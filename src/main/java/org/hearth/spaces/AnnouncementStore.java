package org.hearth.spaces;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.ProgramId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnnouncementStore {

	private final JdbcClient jdbc;

	AnnouncementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Announcement a) {
		jdbc.sql("""
				insert into announcement (id, title, body, role, program_id, posted_by, posted_at, last_day, version)
				values (:id, :title, :body, :role, :program, :by, :at, :lastDay, 0)""")
			.param("id", a.id().value())
			.param("title", a.title())
			.param("body", a.body())
			.param("role", a.audience().role().name())
			.param("program", a.audience().program() == null ? null : a.audience().program().value())
			.param("by", a.postedBy().value())
			.param("at", Timestamp.from(a.postedAt()))
			.param("lastDay", Date.valueOf(a.lastDay()))
			.update();
	}

	Optional<Announcement> find(AnnouncementId id) {
		return jdbc.sql("select * from announcement where id = :id")
			.param("id", id.value())
			.query(AnnouncementStore::map)
			.optional();
	}

	void withdraw(Announcement a, PersonId by) {
		int updated = jdbc.sql("""
				update announcement set withdrawn_at = :at, withdrawn_by = :by, version = version + 1
				where id = :id and version = :version""")
			.param("at", Timestamp.from(a.withdrawnAt()))
			.param("by", by.value())
			.param("id", a.id().value())
			.param("version", a.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this announcement meanwhile; look at it again.");
		}
	}

	/**
	 * The announcements showing on a day for people with one of these roles in these
	 * programs ({@code null}: whatever the program), newest first.
	 */
	List<Announcement> current(LocalDate today, Collection<Role> roles, Collection<ProgramId> programs, int limit) {
		String inPrograms = programs == null ? "" : programs.isEmpty() ? "and program_id is null"
				: "and (program_id is null or program_id in (:programs))";
		var query = jdbc.sql("""
				select * from announcement
				where withdrawn_at is null and last_day >= :today and role in (:roles) %s
				order by posted_at desc, id limit :limit""".formatted(inPrograms))
			.param("today", Date.valueOf(today))
			.param("roles", roles.stream().map(Role::name).toList())
			.param("limit", limit);
		if (programs != null && !programs.isEmpty()) {
			query = query.param("programs", programs.stream().map(ProgramId::value).toList());
		}
		return query.query(AnnouncementStore::map).list();
	}

	/** Every announcement, newest first, a page at a time. */
	List<Announcement> all(int limit, int offset) {
		return jdbc.sql("select * from announcement order by posted_at desc, id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(AnnouncementStore::map)
			.list();
	}

	/**
	 * Marks that the audience was told, once: {@code false} when it already was, so a
	 * redelivered event tells nobody twice.
	 */
	boolean markNotified(AnnouncementId id, Instant at) {
		return jdbc.sql("update announcement set notified_at = :at where id = :id and notified_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id.value())
			.update() == 1;
	}

	private static Announcement map(ResultSet rs, int row) throws SQLException {
		UUID program = rs.getObject("program_id", UUID.class);
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new Announcement(new AnnouncementId(rs.getObject("id", UUID.class)), rs.getString("title"),
				rs.getString("body"),
				new Audience(Role.valueOf(rs.getString("role")), program == null ? null : new ProgramId(program)),
				new PersonId(rs.getObject("posted_by", UUID.class)), rs.getTimestamp("posted_at").toInstant(),
				rs.getDate("last_day").toLocalDate(), withdrawn == null ? null : withdrawn.toInstant(),
				rs.getLong("version"));
	}

}
