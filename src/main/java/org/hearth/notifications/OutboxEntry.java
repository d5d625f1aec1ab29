package org.hearth.notifications;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * An e-mail not yet delivered, as staff see it when the mail server has trouble: who it
 * is for, how often it failed and why.
 */
@NamedInterface("web")
public record OutboxEntry(UUID id, String toAddress, String subject, Instant createdAt, int attempts,
		Instant nextAttemptAt, String lastError) {

	/** Failed this many times, it no longer looks like a passing hiccup. */
	static final int STUCK_AFTER_ATTEMPTS = 3;

	public boolean stuck() {
		return attempts >= STUCK_AFTER_ATTEMPTS;
	}

}
