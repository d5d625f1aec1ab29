package org.hearth.screening.engine;

import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.screening.Category;
import org.hearth.screening.Severity;

/**
 * One compiled rule: a pattern over canonical text and what a match means.
 *
 * @param kind what a match is: a category finding, a finding whose category depends on
 * its target, or a context marker (reporting frame, support question and so on)
 * @param category the category for {@link Kind#CATEGORY} rules, null otherwise
 * @param needs canonical words of which at least one must occur for the rule to be tried;
 * empty means always tried
 * @param negatable a negation just before or inside the match cancels it
 * @param notInQuestion a match in a question cancels it
 * @param ignoresReporting a match inside a quotation or a reported clause still counts
 * @param rewording key of the suggested rewording for advice rules, or null
 * @param startsWithTarget the pattern begins with a target phrase, so it is only tried
 * where one starts
 */
record Rule(String id, Kind kind, Category category, Severity severity, Pattern pattern, Set<String> needs,
		boolean negatable, boolean notInQuestion, boolean ignoresReporting, String rewording,
		boolean startsWithTarget) {

	/** What a rule's match stands for. */
	enum Kind {

		CATEGORY, TARGETED, REPORTING, IDENTITY, SUPPORT_QUESTION, AFFIRMATION, ENCOURAGEMENT,

		/**
		 * A sign that an author's crisis is critical: the means at hand, a time, a
		 * goodbye. It is no finding of its own; it makes the crisis found in the same
		 * message critical.
		 */
		CRITICAL_SIGN

	}
}
