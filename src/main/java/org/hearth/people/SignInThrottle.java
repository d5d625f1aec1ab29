package org.hearth.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

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

	private final ThrottleStore store;

	private final Clock clock;

	SignInThrottle(ThrottleStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** How long sign-ins for this account, or from this address, are refused. */
	@Transactional(readOnly = true)
	public Optional<Duration> lockedFor(String email, String address) {
		Instant now = clock.instant();
		return store.latestLock(accountKey(email), addressKey(address))
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
		store.clear(accountKey(email));
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
		Optional<Timestamp> locked = store.lockedUntil(key).filter(until -> until.toInstant().isAfter(now));
		if (locked.isPresent()) {
			return locked.map(until -> Duration.between(now, until.toInstant()));
		}
		int count = store.increment(key, now, WINDOW);
		if (count >= limit) {
			Instant until = store.windowStart(key).plus(WINDOW);
			store.lock(key, until);
		}
		return Optional.empty();
	}

	private void count(String key, int failuresBeforeLock) {
		Instant now = clock.instant();
		int failures = store.increment(key, now, WINDOW);
		if (failures >= failuresBeforeLock) {
			long doublings = Math.min(failures - failuresBeforeLock, 20);
			Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
			store.lock(key, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
		}
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
