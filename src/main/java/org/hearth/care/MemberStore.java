package org.hearth.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.hearth.programs.Platform;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberStore {

	private final JdbcClient jdbc;

	MemberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member with this handle, recorded now if they were not yet. */
	Member findOrCreate(Member.Handle handle, Instant now) {
		jdbc.sql("""
				insert into care_member (id, platform, platform_given, handle, first_seen, version)
				values (:id, :platform, :given, :handle, :now, 0) on conflict do nothing""")
			.param("id", UUID.randomUUID())
			.param("platform", handle.platform().code())
			.param("given", handle.platformGiven())
			.param("handle", handle.handle())
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql("""
				select * from care_member
				where platform = :platform and coalesce(platform_given, '') = :given and handle = :handle""")
			.param("platform", handle.platform().code())
			.param("given", handle.platformGiven() == null ? "" : handle.platformGiven())
			.param("handle", handle.handle())
			.query(MemberStore::map)
			.single();
	}

	Optional<Member> find(MemberId id) {
		return jdbc.sql("select * from care_member where id = :id")
			.param("id", id.value())
			.query(MemberStore::map)
			.optional();
	}

	void update(Member member) {
		int updated = jdbc.sql("""
				update care_member set country = :country, language = :language, time_zone = :zone,
				    version = version + 1
				where id = :id and version = :version""")
			.param("country", member.country())
			.param("language", member.language())
			.param("zone", member.timeZone())
			.param("id", member.id().value())
			.param("version", member.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Someone else changed this member meanwhile; look again.");
		}
	}

	private static Member map(ResultSet rs, int n) throws SQLException {
		// Every stored platform is one Hearth knows; a word that is not reads as other,
		// so a member is never lost to a row that does not fit.
		String platform = rs.getString("platform");
		Platform known = Platform.ofCode(platform).orElse(Platform.OTHER);
		String given = rs.getString("platform_given");
		return new Member(new MemberId(rs.getObject("id", UUID.class)), known,
				given == null && !known.code().equals(platform) ? platform : given, rs.getString("handle"),
				rs.getString("country"), rs.getString("language"), rs.getString("time_zone"),
				rs.getTimestamp("first_seen").toInstant(), rs.getLong("version"));
	}

}
