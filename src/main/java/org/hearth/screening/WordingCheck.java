package org.hearth.screening;

import java.util.List;

/**
 * Checks wording before Hearth sends it on a person's behalf, such as feedback to a
 * volunteer, so that shaming or harassing words are shown back to their writer with the
 * reason.
 */
public interface WordingCheck {

	/** The concerns with this text; empty when it reads as kind. Publishes nothing. */
	List<WordingConcern> concerns(String text);

	/** One concern: the category, where in the text, and why, in plain words. */
	record WordingConcern(String category, int start, int end, String reason) {
	}

}
