package org.hearth.screening;

import java.util.List;
import java.util.Optional;

/**
 * What screening found: the categories broken (in the order of {@link Category}), the
 * findings behind them, the strongest action for the author's role, and for medical or
 * legal advice a rewording in the voice of personal experience.
 */
public record ScreeningResult(List<Category> categories, List<Finding> findings, Action action,
		Optional<String> suggestedRewording) {
	public ScreeningResult {
		categories = List.copyOf(categories);
		findings = List.copyOf(findings);
		suggestedRewording = suggestedRewording == null ? Optional.empty() : suggestedRewording;
	}

	/** A message that breaks nothing. */
	public static ScreeningResult clean() {
		return new ScreeningResult(List.of(), List.of(), Action.NONE, Optional.empty());
	}

	/** True when the message breaks no category. */
	public boolean isClean() {
		return categories.isEmpty();
	}
}
