package org.hearth.people;

import java.time.Instant;

/**
 * Someone registered with the address of an existing account: its holder is told, with a
 * {@code resetLink} in case it was them and they have forgotten their password. The
 * registration form answers exactly as for a new address, so it never reveals who has an
 * account.
 */
public record RegistrationAttempted(String email, String displayName, String resetLink, Instant expiresAt) {
}
