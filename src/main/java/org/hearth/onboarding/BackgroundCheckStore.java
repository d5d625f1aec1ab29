package org.hearth.onboarding;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Background checks as recorded, newest last (a check is never changed, a new result is
 * recorded after it), and the provider deliveries already received.
 */
@Repository
class BackgroundCheckStore {

	private final JdbcClient jdbc;

	BackgroundCheckStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's latest check. */
	Optional<BackgroundCheck> current(PersonId person) {
		return jdbc
			.sql("select * from background_check where person_id = :person order by recorded_at desc, id limit 1")
			.param("person", person.value())
			.query(BackgroundCheckStore::map)
			.optional();
	}

	/** The latest check of everyone who has one, in one statement. */
	Map<PersonId, BackgroundCheck> currentOfEveryone() {
		var current = new HashMap<PersonId, BackgroundCheck>();
		jdbc.sql("""
				select distinct on (person_id) * from background_check
				order by person_id, recorded_at desc, id""")
			.query(BackgroundCheckStore::map)
			.list()
			.forEach(check -> current.put(check.person(), check));
		return current;
	}

	/** The person's checks, latest first. */
	List<BackgroundCheck> history(PersonId person) {
		return jdbc.sql("select * from background_check where person_id = :person order by recorded_at desc")
			.param("person", person.value())
			.query(BackgroundCheckStore::map)
			.list();
	}

	/** Whose check most recently carried the provider's reference. */
	Optional<PersonId> personWithReference(String reference) {
		return jdbc.sql(
				"select person_id from background_check where provider_reference = :reference order by recorded_at desc limit 1")
			.param("reference", reference)
			.query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.optional();
	}

	void insert(BackgroundCheck check) {
		jdbc.sql(
				"""
						insert into background_check (id, person_id, status, provider_reference, expires_on, recorded_at, recorded_by)
						values (:id, :person, :status, :reference, :expires, :at, :by)""")
			.param("id", check.id())
			.param("person", check.person().value())
			.param("status", check.status().name())
			.param("reference", check.providerReference())
			.param("expires", check.expiresOn() == null ? null : Date.valueOf(check.expiresOn()))
			.param("at", Timestamp.from(check.recordedAt()))
			.param("by", check.recordedBy())
			.update();
	}

	/**
	 * Notes a provider's delivery as received; false when it was received before, so a
	 * delivery sent twice is taken once.
	 */
	boolean takeDelivery(String deliveryId, Instant at) {
		return jdbc.sql(
				"insert into background_check_delivery (delivery_id, received_at) values (:id, :at) on conflict do nothing")
			.param("id", deliveryId)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	static BackgroundCheck map(ResultSet rs, int row) throws SQLException {
		Date expires = rs.getDate("expires_on");
		return new BackgroundCheck(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				BackgroundCheckStatus.valueOf(rs.getString("status")), rs.getString("provider_reference"),
				expires == null ? null : expires.toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"));
	}

}
