package org.hearth.screening;

import java.util.List;
import java.util.Optional;

/**
 * What screening found: the categories broken (in the order of {@link Category}), the
 * findings behind them, the strongest action for the author's role, for medical or legal
 * advice a rewording in the voice of personal experience, and whether screening failed.
 *
 * @param error true when screening could not read the message to the end (an engine or
 * model failure): whatever it found is kept, but the absence of a category means nothing,
 * and the action is at least {@link Action#HOLD_FOR_HUMAN_REVIEW}
 */
public record ScreeningResult(List<Category> categories, List<Finding> findings, Action action,
		Optional<String> suggestedRewording, boolean error) {
	public ScreeningResult {
		categories = List.copyOf(categories);
		findings = List.copyOf(findings);
		suggestedRewording = suggestedRewording == null ? Optional.empty() : suggestedRewording;
		action = action == null ? Action.NONE : action;
		if (error) {
			action = action.strongest(Action.HOLD_FOR_HUMAN_REVIEW);
		}
	}

	/** A complete screening. */
	public ScreeningResult(List<Category> categories, List<Finding> findings, Action action,
			Optional<String> suggestedRewording) {
		this(categories, findings, action, suggestedRewording, false);
	}

	/** A message that breaks nothing. */
	public static ScreeningResult clean() {
		return new ScreeningResult(List.of(), List.of(), Action.NONE, Optional.empty());
	}

	/**
	 * Screening failed before it found anything: the message is held for a person to
	 * read.
	 */
	public static ScreeningResult failed() {
		return new ScreeningResult(List.of(), List.of(), Action.HOLD_FOR_HUMAN_REVIEW, Optional.empty(), true);
	}

	/**
	 * This result, marked as incomplete because a later stage of screening failed; what
	 * was found stays.
	 */
	public ScreeningResult withError() {
		return new ScreeningResult(categories, findings, action, suggestedRewording, true);
	}

	/**
	 * True when the message breaks no category and screening read it to the end: a failed
	 * screening is never clean.
	 */
	public boolean isClean() {
		return !error && categories.isEmpty();
	}
}
