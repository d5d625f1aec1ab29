package org.hearth.care;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The concerns volunteers raised, counted for the limit, and when staff heard of it. */
@Repository
class ConcernStore {

	/** The space of PostgreSQL advisory locks that hold one person's concerns in turn. */
	private static final int CONCERN_LOCKS = 0x43617265;

	private final JdbcClient jdbc;

	ConcernStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(PersonId person, EscalationId escalation, Instant at) {
		jdbc.sql("""
				insert into care_concern (id, person_id, escalation_id, raised_at)
				values (:id, :person, :escalation, :at)""")
			.param("id", UUID.randomUUID())
			.param("person", person.value())
			.param("escalation", escalation.value())
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Holds this person's concerns back until the caller's transaction ends, so two
	 * raised at the same moment are counted one after the other against the limit.
	 */
	void lockFor(PersonId person) {
		jdbc.sql("select pg_advisory_xact_lock(:space, :key)")
			.param("space", CONCERN_LOCKS)
			.param("key", person.value().hashCode())
			.query((rs, row) -> 1)
			.list();
	}

	int raisedSince(PersonId person, Instant since) {
		return jdbc.sql("select count(*) from care_concern where person_id = :person and raised_at > :since")
			.param("person", person.value())
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/**
	 * Claims the right to tell staff that this person reached the limit: granted when
	 * staff were not told of them since the cutoff, and then recorded, in one statement,
	 * so two refusals at the same moment tell staff once.
	 */
	boolean claimLimitAlert(PersonId person, Instant now, Instant cutoff) {
		return jdbc.sql("""
				insert into care_concern_limit_alert (person_id, alerted_at) values (:person, :now)
				on conflict (person_id) do update set alerted_at = excluded.alerted_at
				where care_concern_limit_alert.alerted_at <= :cutoff""")
			.param("person", person.value())
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(cutoff))
			.update() == 1;
	}

}
