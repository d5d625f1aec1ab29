package org.hearth.events;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.EventPublication;

/**
 * When a failed delivery is due to be tried again: the first retry after {@code first},
 * then each wait twice the one before, never longer than {@code longest}.
 */
record Backoff(Duration first, Duration longest) {

	Backoff {
		if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
			throw new IllegalArgumentException("A backoff waits a positive time, the longest wait at least the first");
		}
	}

	/** How long to wait after the given number of retries. */
	Duration wait(int retries) {
		Duration wait = first;
		for (int i = 0; i < retries && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(longest) > 0 ? longest : wait;
	}

	/**
	 * Whether the publication is due: its last retry, or its publication when it has had
	 * none, lies at least the wait for its number of retries in the past.
	 */
	boolean isDue(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !last.plus(wait(publication.getCompletionAttempts())).isAfter(now);
	}

}
