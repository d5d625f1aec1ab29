package org.hearth.audit;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * One recorded change: who did it, what they did, to what, and the details of the change.
 */
@NamedInterface("web")
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
		String details) {
}
