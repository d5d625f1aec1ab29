package org.hearth.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, for scripts. The secret is shown once when created; Hearth keeps
 * only its SHA-256 hash. A token acts with its owner's current role.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "hth_";

	private final JdbcClient jdbc;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, PersonRepository people, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token and returns its secret, which is never shown again. */
	@Transactional
	public String create(PersonId owner, String name) {
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			throw new AccountException("name", "Name the token (up to 80 characters) so you know what uses it.");
		}
		String secret = Tokens.newSecret(PREFIX);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, person_id, name, token_hash, prefix, created_at)
				values (:id, :person, :name, :hash, :prefix, :now)""")
			.param("id", id)
			.param("person", owner.value())
			.param("name", name.strip())
			.param("hash", Tokens.hash(secret))
			.param("prefix", secret.substring(0, 10))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record("api-token.created", "person", owner, "Token \"" + name.strip() + "\" created");
		return secret;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(PersonId owner) {
		return jdbc.sql("select * from api_token where person_id = :person order by created_at desc")
			.param("person", owner.value())
			.query((rs, n) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	@Transactional
	public boolean revoke(PersonId owner, UUID tokenId) {
		int revoked = jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and person_id = :person and revoked_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("person", owner.value())
			.update();
		if (revoked > 0) {
			audit.record("api-token.revoked", "person", owner, "Token " + tokenId + " revoked");
		}
		return revoked > 0;
	}

	/** Revokes every token of a person at once, for when their access must end. */
	@Transactional
	public int revokeAll(PersonId owner) {
		int revoked = jdbc
			.sql("update api_token set revoked_at = :now where person_id = :person and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("person", owner.value())
			.update();
		if (revoked > 0) {
			audit.record("api-token.revoked-all", "person", owner, revoked + " token(s) revoked");
		}
		return revoked;
	}

	/**
	 * The person a presented secret belongs to, if the token exists and is not revoked.
	 */
	@Transactional
	public Optional<HearthUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = Tokens.hash(secret);
		Optional<UUID> personId = jdbc
			.sql("select person_id from api_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash)
			.query(UUID.class)
			.optional();
		// "Last used" is kept to the minute, so a busy integration does not write on
		// every request.
		Timestamp now = Timestamp.from(clock.instant());
		personId.ifPresent(id -> jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)""")
			.param("now", now)
			.param("hash", hash)
			.param("minuteAgo", Timestamp.from(clock.instant().minusSeconds(60)))
			.update());
		return personId.flatMap(people::findById).map(HearthUser::of);
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
