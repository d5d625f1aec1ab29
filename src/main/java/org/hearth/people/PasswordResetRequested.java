package org.hearth.people;

import java.time.Instant;

/**
 * Someone asked to set a new password: the notifications module sends {@code link} to
 * {@code email}. The link holds a single-use token that stops working at
 * {@code expiresAt}.
 */
public record PasswordResetRequested(String email, String displayName, String link, Instant expiresAt) {
}
