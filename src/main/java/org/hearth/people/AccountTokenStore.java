package org.hearth.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The single-use links Hearth e-mails: registration requests and password tokens (a reset
 * or the first admin's setup), kept by their secret's hash only.
 */
@Repository
class AccountTokenStore {

	/** What someone registered with, waiting for them to confirm from their e-mail. */
	record Registration(String email, String displayName, String passwordHash) {
	}

	private final JdbcClient jdbc;

	AccountTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertRegistration(String hash, String email, String displayName, String passwordHash, Instant at,
			Instant expires) {
		jdbc.sql(
				"""
						insert into registration_request (token_hash, email, display_name, password_hash, requested_at, expires_at)
						values (:hash, :email, :name, :password, :now, :expires)""")
			.param("hash", hash)
			.param("email", email)
			.param("name", displayName)
			.param("password", passwordHash)
			.param("now", Timestamp.from(at))
			.param("expires", Timestamp.from(expires))
			.update();
	}

	/** Whether the registration link is unused and unexpired at the moment. */
	boolean registrationUsable(String hash, Instant at) {
		return jdbc.sql("""
				select count(*) from registration_request
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash)
			.param("now", Timestamp.from(at))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Marks the registration link used, in one statement so that of many uses at once
	 * exactly one wins; empty when it was used already or expired.
	 */
	Optional<Registration> claimRegistration(String hash, Instant at) {
		return jdbc.sql("""
				update registration_request set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now
				returning email, display_name, password_hash""")
			.param("now", Timestamp.from(at))
			.param("hash", hash)
			.query((row, n) -> new Registration(row.getString(1), row.getString(2), row.getString(3)))
			.optional();
	}

	void insertPasswordToken(String hash, PersonId person, String purpose, Instant at, Instant expires) {
		jdbc.sql("""
				insert into password_token (token_hash, person_id, purpose, created_at, expires_at)
				values (:hash, :person, :purpose, :now, :expires)""")
			.param("hash", hash)
			.param("person", person.value())
			.param("purpose", purpose)
			.param("now", Timestamp.from(at))
			.param("expires", Timestamp.from(expires))
			.update();
	}

	/** The person an unused, unexpired password token belongs to. */
	Optional<UUID> usablePasswordToken(String hash, Instant at) {
		return jdbc.sql("""
				select person_id from password_token
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash)
			.param("now", Timestamp.from(at))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Marks the password token used, in one statement so that of many uses at once
	 * exactly one wins; gives whose it was, or empty when it was used already or expired.
	 */
	Optional<UUID> claimPasswordToken(String hash, Instant at) {
		return jdbc.sql("""
				update password_token set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now
				returning person_id""")
			.param("now", Timestamp.from(at))
			.param("hash", hash)
			.query(UUID.class)
			.optional();
	}

	/** Marks every other unused password token of the person used. */
	void useAllPasswordTokens(UUID person, Instant at) {
		jdbc.sql("update password_token set used_at = :now where person_id = :person and used_at is null")
			.param("now", Timestamp.from(at))
			.param("person", person)
			.update();
	}

}
