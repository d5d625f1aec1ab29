package org.hearth.screening;

import java.util.Objects;

/**
 * One reason a message was flagged: the category, the span of the original text that
 * triggered it (character offsets, end exclusive), its severity, a short human-readable
 * reason, the tier that found it and how sure that tier was.
 *
 * @param tier {@link Tier#RULES} for a rule or an admin phrase (the span is the words
 * that matched), {@link Tier#MODEL} for the learned tier (the span is the whole message:
 * the model reads meaning, not words)
 * @param score 1 for a rule; the learned tier's probability (0 to 1) for the model
 */
public record Finding(Category category, int start, int end, Severity severity, String reason, Tier tier,
		double score) {

	/** Which tier of the screener found something. */
	public enum Tier {

		/** The rules (or an admin phrase): exact words, with direction and context. */
		RULES,
		/** The learned tier: a sentence model and a trained head. */
		MODEL;

		/** The wire form, in lower case. */
		public String jsonName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public Finding {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(tier, "tier");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("bad score " + score);
		}
		reason = reason == null ? "" : reason;
	}

	/** A finding of the rules. */
	public Finding(Category category, int start, int end, Severity severity, String reason) {
		this(category, start, end, severity, reason, Tier.RULES, 1.0);
	}

}
