package org.hearth.programs;

import java.time.Instant;

/**
 * One version of a policy document; a new version is a new record and the old ones stay
 * readable.
 */
public record PolicyVersion(String key, int number, String body, String summaryOfChanges, Instant publishedAt,
		String publishedBy) {
}
