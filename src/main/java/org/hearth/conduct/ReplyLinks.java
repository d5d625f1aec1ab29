package org.hearth.conduct;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use, expiring links to one decision for a volunteer who cannot sign in. The
 * token is random and handed out once, in the e-mail; Hearth keeps only its SHA-256 hash.
 */
@Repository
class ReplyLinks {

	static final Duration VALID_FOR = Duration.ofDays(30);

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
		String token = Secrets.newSecret("");
		Instant now = clock.instant();
		jdbc.sql("""
				insert into conduct_reply_link (token_hash, decision_id, volunteer_id, created_at, expires_at)
				values (:hash, :decision, :volunteer, :now, :expires)""")
			.param("hash", Secrets.hash(token))
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
			.param("hash", Secrets.hash(token))
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
			.param("hash", Secrets.hash(token))
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

}
