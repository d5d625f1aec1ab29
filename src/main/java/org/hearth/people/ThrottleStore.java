package org.hearth.people;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of sign-ins and registrations by key (an account, a network address), each with
 * the start of its window and how long it is locked, shared by every instance.
 */
@Repository
class ThrottleStore {

	private final JdbcClient jdbc;

	ThrottleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest of the two keys' locks, whether or not it has passed. */
	Optional<Timestamp> latestLock(String key, String otherKey) {
		return jdbc.sql("select max(locked_until) from throttle where key in (:account, :address)")
			.param("account", key)
			.param("address", otherKey)
			.query(Timestamp.class)
			.optional();
	}

	/** The key's lock, whether or not it has passed. */
	Optional<Timestamp> lockedUntil(String key) {
		return jdbc.sql("select locked_until from throttle where key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.optional();
	}

	void clear(String key) {
		jdbc.sql("delete from throttle where key = :key").param("key", key).update();
	}

	/**
	 * Adds one to the key's count, starting afresh (and unlocked) when its window began
	 * longer ago than {@code window}, and returns the count.
	 */
	int increment(String key, Instant now, Duration window) {
		return jdbc
			.sql("""
					insert into throttle (key, count, window_start) values (:key, 1, :now)
					on conflict (key) do update set
					    count = case when throttle.window_start < :windowAgo then 1 else throttle.count + 1 end,
					    window_start = case when throttle.window_start < :windowAgo then :now else throttle.window_start end,
					    locked_until = case when throttle.window_start < :windowAgo then null else throttle.locked_until end
					returning count""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("windowAgo", Timestamp.from(now.minus(window)))
			.query(Integer.class)
			.single();
	}

	Instant windowStart(String key) {
		return jdbc.sql("select window_start from throttle where key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	void lock(String key, Instant until) {
		jdbc.sql("update throttle set locked_until = :until where key = :key")
			.param("until", Timestamp.from(until))
			.param("key", key)
			.update();
	}

}
