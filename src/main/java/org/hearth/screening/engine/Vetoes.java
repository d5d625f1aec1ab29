package org.hearth.screening.engine;

import java.util.EnumSet;
import java.util.Set;
import org.hearth.screening.Category;

/**
 * What the rules saw that a model finding must respect: categories whose rule matched but
 * was cancelled by its context (negated, quoted, reported, asked about), a question about
 * suicide, and words that report what someone else said. Filled while one message is
 * screened.
 */
final class Vetoes {

	final Set<Category> cancelled = EnumSet.noneOf(Category.class);

	boolean supportQuestion;

	boolean reportsSpeech;

	/**
	 * Recovery, the past, someone else, a story: see
	 * {@link ContextFilters#NOT_A_PRESENT_CRISIS}.
	 */
	boolean notAPresentCrisis;

	/** Words of support: see {@link ContextFilters#SUPPORT}. */
	boolean support;

	/**
	 * The first {@link Rule.Kind#CRITICAL_SIGN} that matched and was not cancelled
	 * (negated, quoted, reported, asked about), or null.
	 */
	String criticalSign;

}
