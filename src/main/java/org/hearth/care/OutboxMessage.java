package org.hearth.care;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A reply to a member waiting for their platform's integration to carry it, or carried
 * ({@code sentAt} set).
 */
@NamedInterface("web")
public record OutboxMessage(UUID id, EscalationId escalation, String platform, String handle, String text,
		Instant queuedAt, Instant sentAt) {
}
