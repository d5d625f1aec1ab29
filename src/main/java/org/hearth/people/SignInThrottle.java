package org.hearth.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing (OWASP ASVS 2.2.1). Unsuccessful sign-ins are counted per
 * account and per address in the database, so every instance sees the same count. From
 * the 5th failure on an account (the 20th from one address) further sign-ins are refused
 * for 30 seconds, doubling with each failure up to 15 minutes, even with the right
 * password; a successful sign-in clears the account's count, and a count older than an
 * hour starts afresh. Registrations are limited per e-mail address and per network
 * address, for the hour.
 */
@Component
class SignInThrottle {

	static final int ACCOUNT_FAILURES_BEFORE_LOCK = 5;

	static final int ADDRESS_FAILURES_BEFORE_LOCK = 20;

	static final int REGISTRATIONS_PER_ADDRESS = 20;

	static final int REGISTRATIONS_PER_EMAIL = 3;

	static final Duration FIRST_LOCK = Duration.ofSeconds(30);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long sign-ins for this account, or from this address, are refused. */
	@Transactional(readOnly = true)
	public Optional<Duration> lockedFor(String email, String address) {
		Instant now = clock.instant();
		return jdbc.sql("select max(locked_until) from throttle where key in (:account, :address)")
			.param("account", accountKey(email))
			.param("address", addressKey(address))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until));
	}

	/**
	 * Counts an unsuccessful sign-in, in its own transaction so it stands whatever
	 * happens to the request.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email, String address) {
		count(accountKey(email), ACCOUNT_FAILURES_BEFORE_LOCK);
		count(addressKey(address), ADDRESS_FAILURES_BEFORE_LOCK);
	}

	/** A successful sign-in clears the account's count (not the address's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String email) {
		jdbc.sql("delete from throttle where key = :key").param("key", accountKey(email)).update();
	}

	/**
	 * Counts a registration for the e-mail address from the network address; returns how
	 * long to wait when either has had its share for the hour. An e-mail address is held
	 * to a few, so nobody can fill someone's inbox with our e-mails; a network address to
	 * more, as people at an open day may register from one office.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> registration(String email, String address) {
		Instant now = clock.instant();
		Optional<Duration> wait = registration(accountKey(email).replace("account:", "register-email:"),
				REGISTRATIONS_PER_EMAIL, now);
		if (wait.isPresent()) {
			return wait;
		}
		return registration("register:" + normalise(address), REGISTRATIONS_PER_ADDRESS, now);
	}

	private Optional<Duration> registration(String key, int limit, Instant now) {
		Optional<Timestamp> locked = jdbc.sql("select locked_until from throttle where key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.optional()
			.filter(until -> until.toInstant().isAfter(now));
		if (locked.isPresent()) {
			return locked.map(until -> Duration.between(now, until.toInstant()));
		}
		int count = increment(key, now);
		if (count >= limit) {
			Instant until = windowStart(key).plus(WINDOW);
			lock(key, until);
		}
		return Optional.empty();
	}

	private void count(String key, int failuresBeforeLock) {
		Instant now = clock.instant();
		int failures = increment(key, now);
		if (failures >= failuresBeforeLock) {
			long doublings = Math.min(failures - failuresBeforeLock, 20);
			Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
			lock(key, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
		}
	}

	/** Adds one to the key's count (starting afresh after the window) and returns it. */
	private int increment(String key, Instant now) {
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
			.param("windowAgo", Timestamp.from(now.minus(WINDOW)))
			.query(Integer.class)
			.single();
	}

	private Instant windowStart(String key) {
		return jdbc.sql("select window_start from throttle where key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private void lock(String key, Instant until) {
		jdbc.sql("update throttle set locked_until = :until where key = :key")
			.param("until", Timestamp.from(until))
			.param("key", key)
			.update();
	}

	private static String accountKey(String email) {
		String clean = email == null ? "" : email.replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
		return "account:" + (clean.length() > 350 ? clean.substring(0, 350) : clean);
	}

	private static String addressKey(String address) {
		return "address:" + normalise(address);
	}

	private static String normalise(String address) {
		return address == null ? "unknown" : address;
	}

}
