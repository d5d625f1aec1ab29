package org.hearth.programs;

import java.time.Instant;

/**
 * A policy volunteers read and acknowledge, such as the Code of Conduct, known by a short
 * key; its text lives in versions, the highest being current.
 */
public record PolicyDocument(String key, String title, Instant createdAt, int currentVersion) {
}
