package org.hearth.screening.engine;

import java.util.Collections;
import java.util.EnumSet;
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
 * @param flags when a match is cancelled, or still counts, and where it is tried
 * @param rewording key of the suggested rewording for advice rules, or null
 */
record Rule(String id, Kind kind, Category category, Severity severity, Pattern pattern, Set<String> needs,
		Set<Flag> flags, String rewording) {

	Rule {
		flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
	}

	/** How a rule's matches are read, as its line in a rule file sets them. */
	enum Flag {

		/** A negation just before or inside the match cancels it ({@code neg}). */
		NEGATABLE,

		/** A match in a question cancels it ({@code noq}). */
		NOT_IN_QUESTION,

		/**
		 * A match inside a quotation or a reported clause still counts ({@code nosup}).
		 */
		IGNORES_REPORTING,

		/**
		 * The pattern begins with a target phrase, so it is only tried where one starts.
		 */
		STARTS_WITH_TARGET

	}

	boolean negatable() {
		return flags.contains(Flag.NEGATABLE);
	}

	boolean notInQuestion() {
		return flags.contains(Flag.NOT_IN_QUESTION);
	}

	boolean ignoresReporting() {
		return flags.contains(Flag.IGNORES_REPORTING);
	}

	boolean startsWithTarget() {
		return flags.contains(Flag.STARTS_WITH_TARGET);
	}

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
