package org.hearth.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.shared.Secrets;
import org.hearth.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens, for scripts and integrations. The secret is shown once when created; Hearth
 * keeps only its SHA-256 hash. A personal token acts with its owner's current role; an
 * integration token ({@link TokenScope#SCREENING}) may only screen messages and works
 * only while its owner is active staff.
 */
@NamedInterface("web")
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

	/** A token as presented: who it belongs to and what it may do. */
	public record Bearer(HearthUser owner, TokenScope scope) {
	}

	/** Creates a personal token and returns its secret, which is never shown again. */
	@Transactional
	public String create(PersonId owner, String name) {
		return create(owner, name, TokenScope.PERSONAL);
	}

	/**
	 * Creates a token with the scope and returns its secret, which is never shown again.
	 * Only staff may create an integration token, since only staff may screen.
	 */
	@Transactional
	public String create(PersonId owner, String name, TokenScope scope) {
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			throw new AccountException("name", "Name the token (up to 80 characters) so you know what uses it.");
		}
		if (scope == null) {
			throw new AccountException("scope", "Choose what the token may do.");
		}
		if (scope == TokenScope.SCREENING && !people.findById(owner.value())
			.map(person -> person.role().compareTo(Role.STAFF) >= 0)
			.orElse(false)) {
			throw new AccountException("scope", "Only staff may create an integration token for screening.");
		}
		String secret = Secrets.newSecret(PREFIX);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, person_id, name, token_hash, prefix, created_at, scope)
				values (:id, :person, :name, :hash, :prefix, :now, :scope)""")
			.param("id", id)
			.param("person", owner.value())
			.param("name", name.strip())
			.param("hash", Secrets.hash(secret))
			.param("prefix", secret.substring(0, 10))
			.param("now", Timestamp.from(clock.instant()))
			.param("scope", scope.name())
			.update();
		audit.record("api-token.created", "person", owner,
				"Token \"" + name.strip() + "\" created (" + scope.name().toLowerCase() + ")");
		return secret;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(PersonId owner) {
		return jdbc.sql("select * from api_token where person_id = :person order by created_at desc")
			.param("person", owner.value())
			.query((rs, n) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
					TokenScope.valueOf(rs.getString("scope")), rs.getString("prefix"),
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
		return bearer(secret).map(Bearer::owner);
	}

	/**
	 * The owner and scope of a presented secret, if the token exists and is not revoked;
	 * an integration token whose owner is no longer staff presents nobody.
	 */
	@Transactional
	public Optional<Bearer> bearer(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = Secrets.hash(secret);
		record Row(UUID personId, TokenScope scope) {
		}
		Optional<Row> token = jdbc
			.sql("select person_id, scope from api_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash)
			.query((rs, n) -> new Row(rs.getObject("person_id", UUID.class), TokenScope.valueOf(rs.getString("scope"))))
			.optional();
		// "Last used" is kept to the minute, so a busy integration does not write on
		// every request.
		Timestamp now = Timestamp.from(clock.instant());
		token.ifPresent(row -> jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)""")
			.param("now", now)
			.param("hash", hash)
			.param("minuteAgo", Timestamp.from(clock.instant().minusSeconds(60)))
			.update());
		return token.flatMap(row -> people.findById(row.personId())
			.filter(person -> row.scope() != TokenScope.SCREENING || person.role().compareTo(Role.STAFF) >= 0)
			.map(person -> new Bearer(HearthUser.of(person), row.scope())));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
