package org.hearth.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens by their secret's hash; the secret itself is never stored. */
@Repository
class ApiTokenStore {

	/** A live token's owner and what it may do. */
	record Presented(UUID personId, TokenScope scope) {
	}

	private final JdbcClient jdbc;

	ApiTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, PersonId owner, String name, String hash, String prefix, Instant at, TokenScope scope) {
		jdbc.sql("""
				insert into api_token (id, person_id, name, token_hash, prefix, created_at, scope)
				values (:id, :person, :name, :hash, :prefix, :now, :scope)""")
			.param("id", id)
			.param("person", owner.value())
			.param("name", name)
			.param("hash", hash)
			.param("prefix", prefix)
			.param("now", Timestamp.from(at))
			.param("scope", scope.name())
			.update();
	}

	/** The owner's tokens, newest first, revoked ones too. */
	List<ApiToken> list(PersonId owner) {
		return jdbc.sql("select * from api_token where person_id = :person order by created_at desc")
			.param("person", owner.value())
			.query((rs, n) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
					TokenScope.valueOf(rs.getString("scope")), rs.getString("prefix"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Revokes the owner's token if it is still live; gives how many were revoked. */
	int revoke(PersonId owner, UUID tokenId, Instant at) {
		return jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and person_id = :person and revoked_at is null""")
			.param("now", Timestamp.from(at))
			.param("id", tokenId)
			.param("person", owner.value())
			.update();
	}

	/** Revokes every live token of the owner; gives how many were revoked. */
	int revokeAll(PersonId owner, Instant at) {
		return jdbc.sql("update api_token set revoked_at = :now where person_id = :person and revoked_at is null")
			.param("now", Timestamp.from(at))
			.param("person", owner.value())
			.update();
	}

	/** The live (not revoked) token with the hash. */
	Optional<Presented> live(String hash) {
		return jdbc.sql("select person_id, scope from api_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash)
			.query((rs, n) -> new Presented(rs.getObject("person_id", UUID.class),
					TokenScope.valueOf(rs.getString("scope"))))
			.optional();
	}

	/**
	 * Notes that the token was used at {@code at}, unless that was already noted within
	 * the minute before: a busy integration does not write on every request.
	 */
	void noteUse(String hash, Instant at) {
		jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)""")
			.param("now", Timestamp.from(at))
			.param("hash", hash)
			.param("minuteAgo", Timestamp.from(at.minusSeconds(60)))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
