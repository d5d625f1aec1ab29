package org.hearth.screening.engine;

import java.util.List;

import org.hearth.screening.ScreeningRequest;

/**
 * What the cascade needs of a learned tier: each message's probability per category and
 * the head whose thresholds turn them into findings. {@link LearnedTier} is the shipped
 * one; tests give scores by hand to follow a model finding through the application.
 */
public interface ModelScores {

	/**
	 * Each message's probability per category, in {@link org.hearth.screening.Category}
	 * order.
	 */
	float[][] score(List<ScreeningRequest> requests);

	/** The head, with the threshold of each category. */
	CategoryHead head();

}
