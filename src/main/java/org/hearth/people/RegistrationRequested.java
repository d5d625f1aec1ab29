package org.hearth.people;

import java.time.Instant;

/**
 * Someone registered with an address that has no account yet: the notifications module
 * sends {@code link} to {@code email}; opening it creates the account. The link works
 * once and until {@code expiresAt}.
 */
public record RegistrationRequested(String email, String displayName, String link, Instant expiresAt) {
}
