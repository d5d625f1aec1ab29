package org.hearth.conduct;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use, expiring links to one decision for a volunteer who cannot sign in. The
 * token is random and handed out once, in the e-mail; Hearth keeps only its SHA-256 hash.
 */
@Repository
class ReplyLinks {

	static final Duration VALID_FOR = Duration.ofDays(30);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ReplyLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a usable link opens: one decision, for the volunteer it is about. */
	record Link(DecisionId decision, PersonId volunteer) {
	}

	/** Stores a new link to the decision and returns its token, which is not kept. */
	String issue(DecisionId decision, PersonId volunteer) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into conduct_reply_link (token_hash, decision_id, volunteer_id, created_at, expires_at)
				values (:hash, :decision, :volunteer, :now, :expires)""")
			.param("hash", hash(token))
			.param("decision", decision.value())
			.param("volunteer", volunteer.value())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALID_FOR)))
			.update();
		return token;
	}

	/** The link behind a token that is known, unused and unexpired. */
	Optional<Link> usable(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select decision_id, volunteer_id from conduct_reply_link
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> link(rs.getObject("decision_id", UUID.class), rs.getObject("volunteer_id", UUID.class)))
			.optional();
	}

	/**
	 * Uses the link up, if it still works; of two requests with one token at once, only
	 * the first gets the link.
	 */
	Optional<Link> use(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				update conduct_reply_link set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now
				returning decision_id, volunteer_id""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> link(rs.getObject("decision_id", UUID.class), rs.getObject("volunteer_id", UUID.class)))
			.optional();
	}

	private static Link link(UUID decision, UUID volunteer) {
		return new Link(new DecisionId(decision), new PersonId(volunteer));
	}

	private static boolean wellFormed(String token) {
		return token != null && !token.isEmpty() && token.length() <= 100;
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
