package org.hearth.calendars;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fingerprint of each person's feed address, one per person. */
@Repository
class CalendarFeedStore {

	private final JdbcClient jdbc;

	CalendarFeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps this fingerprint as the person's only one: an earlier address stops at once.
	 */
	void replace(PersonId person, String hash, Instant now) {
		jdbc.sql(
				"""
						insert into calendar_feed (person_id, secret_hash, created_at) values (:person, :hash, :at)
						on conflict (person_id) do update set secret_hash = excluded.secret_hash, created_at = excluded.created_at""")
			.param("person", person.value())
			.param("hash", hash)
			.param("at", Timestamp.from(now))
			.update();
	}

	boolean remove(PersonId person) {
		return jdbc.sql("delete from calendar_feed where person_id = :person")
			.param("person", person.value())
			.update() == 1;
	}

	Optional<Instant> createdAt(PersonId person) {
		return jdbc.sql("select created_at from calendar_feed where person_id = :person")
			.param("person", person.value())
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	Optional<PersonId> ownerOf(String hash) {
		return jdbc.sql("select person_id from calendar_feed where secret_hash = :hash")
			.param("hash", hash)
			.query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
			.optional();
	}

}
