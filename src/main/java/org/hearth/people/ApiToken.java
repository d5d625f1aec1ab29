package org.hearth.people;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A personal API token as its owner sees it: never the secret, only its first characters.
 */
@NamedInterface("web")
public record ApiToken(UUID id, String name, TokenScope scope, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
