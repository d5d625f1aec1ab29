package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;

/**
 * The learned tier's findings, as far as the rules let them stand: a category the model
 * scores at or above its threshold is added when the rules did not find it and the rules
 * do not rule it out ({@link #modelAllowed}).
 */
final class ModelFindings {

	/**
	 * Urging that names no act ("just do it", "go for it", "bet you won't", "you know
	 * what to do"): it is encouragement to self-harm only after a message of crisis,
	 * which the conversation rule {@code encourages-after-crisis} reads (it knows every
	 * phrase here, and every word allowed before one); alone, the model cannot tell it
	 * from "should I buy the shoes?" "just do it", so it may not add the category.
	 */
	static final java.util.regex.Pattern CONTEXT_ONLY_URGING = java.util.regex.Pattern
		.compile("(?:(?:then|so|ok|okay|well|lol|lmao|bro|dude|fine|go on|come on|yeah|yes|ha|haha)(?: ,)? )*"
				+ "(?:just )?(?:do it|go for it|go ahead|do it already|go on then|go on|bet you will not|you will not"
				+ "|prove it|do it then|what are you waiting for|what is stopping you|you know what to do)"
				+ "(?: (?:already|then|lol|lmao|now|bro|\\.|!|\\?))*");

	/**
	 * Longer messages say more than a bare urging; the pattern is tried on shorter ones.
	 */
	static final int CONTEXT_ONLY_LENGTH = 120;

	/**
	 * Whether {@code text} is only an urging that names no act: words and plain
	 * punctuation alone (an emoji such as a knife or pills names the act), read as
	 * {@link #CONTEXT_ONLY_URGING}.
	 */
	static boolean namesNoAct(String text, TextNormalizer normalizer) {
		if (text.length() > CONTEXT_ONLY_LENGTH) {
			return false;
		}
		String visible = InvisibleCharacters.dropped(text);
		String plain = visible == null ? text : visible;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (!(Character.isLetterOrDigit(c) || Character.isWhitespace(c) || ".,!?'\u2019\"-".indexOf(c) >= 0)) {
				return false;
			}
		}
		return CONTEXT_ONLY_URGING.matcher(normalizer.normalize(text).canonical()).matches();
	}

	private ModelFindings() {
	}

	/**
	 * Whether the learned tier may add {@code category} given what the rules found and
	 * saw. The rules keep the direction (an author at risk is a crisis, urging someone
	 * else is encouragement, so the model may not add the other one), hate versus
	 * harassment (decided by the target), negation, quotation, reporting, questions about
	 * suicide, recovery and the past, and words of support.
	 */
	static boolean modelAllowed(Category category, Set<Category> ruled, Set<Category> cancelled,
			boolean supportQuestion, boolean reportsSpeech, boolean notAPresentCrisis, boolean support) {
		if (ruled.contains(category) || cancelled.contains(category)) {
			return false;
		}
		return switch (category) {
			case CRISIS -> !supportQuestion && !notAPresentCrisis && !ruled.contains(Category.SELF_HARM_ENCOURAGEMENT);
			case SELF_HARM_ENCOURAGEMENT ->
				!supportQuestion && !reportsSpeech && !support && !ruled.contains(Category.CRISIS);
			case HATE_SPEECH -> !ruled.contains(Category.HARASSMENT) && !cancelled.contains(Category.HARASSMENT);
			case HARASSMENT -> !ruled.contains(Category.HATE_SPEECH) && !cancelled.contains(Category.HATE_SPEECH);
			default -> true;
		};
	}

	/**
	 * The one pair of readings that cannot both stand: the author's own risk against
	 * urging someone else, told apart by direction. When the model scores the other
	 * reading of the pair higher, the weaker one is not added. Urging with an insult,
	 * shaming or a harmful tip about medication is both (a message can break several
	 * categories), so those readings do not exclude each other.
	 */
	static boolean weakerReading(Category category, float[] scores) {
		float crisis = scores[Category.CRISIS.ordinal()];
		float urging = scores[Category.SELF_HARM_ENCOURAGEMENT.ordinal()];
		return switch (category) {
			case CRISIS -> crisis < urging;
			case SELF_HARM_ENCOURAGEMENT -> urging < crisis;
			default -> false;
		};
	}

	/**
	 * Adds to {@code hits} a finding for each category the model scores at or above its
	 * threshold in {@code head}, over the whole text (less its outer white space), unless
	 * the rules rule it out, the other reading is stronger or an allowed phrase covers
	 * it.
	 */
	static void add(String text, float[] scores, CategoryHead head, List<Hit> hits, Vetoes vetoes,
			TextNormalizer normalizer, AdminPhrases admin) {
		Set<Category> ruled = EnumSet.noneOf(Category.class);
		for (Hit hit : hits) {
			ruled.add(hit.finding().category());
		}
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		List<Hit> found = new ArrayList<>();
		for (Category category : Category.values()) {
			double score = scores[category.ordinal()];
			OptionalDouble threshold = head.threshold(category);
			boolean bySign = category == Category.CRISIS && vetoes.criticalSign != null
					&& head.crisisThresholdWithSign().isPresent();
			if (bySign) {
				threshold = head.crisisThresholdWithSign();
			}
			if (threshold.isEmpty() || !(score >= threshold.getAsDouble())) {
				continue;
			}
			if (!modelAllowed(category, ruled, vetoes.cancelled, vetoes.supportQuestion, vetoes.reportsSpeech,
					vetoes.notAPresentCrisis, vetoes.support)) {
				continue;
			}
			if (weakerReading(category, scores)) {
				continue;
			}
			if (category == Category.SELF_HARM_ENCOURAGEMENT && namesNoAct(text, normalizer)) {
				continue;
			}
			String reason = String.format(Locale.ROOT, "model: %.2f (threshold %.2f%s)", score, threshold.getAsDouble(),
					bySign ? " with the critical sign " + vetoes.criticalSign : "");
			found.add(new Hit(new Finding(category, start, end, AdminPhrases.defaultSeverity(category), reason,
					Finding.Tier.MODEL, Math.min(1.0, Math.max(0.0, score))), null));
		}
		if (!found.isEmpty() && admin.allowsAny()) {
			NormalizedText normalized = normalizer.normalize(text);
			MessageContext context = new MessageContext(normalized);
			admin.dropAllowed(context, 0, found);
		}
		hits.addAll(found);
	}

}
