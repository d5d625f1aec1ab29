package org.hearth.screening;

import java.util.Objects;

/**
 * One reason a message was flagged: the category, the span of the original text that
 * triggered it (character offsets, end exclusive), its severity and a short
 * human-readable reason.
 */
public record Finding(Category category, int start, int end, Severity severity, String reason) {
	public Finding {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(severity, "severity");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
		reason = reason == null ? "" : reason;
	}
}
