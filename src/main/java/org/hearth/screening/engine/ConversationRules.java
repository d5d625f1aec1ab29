package org.hearth.screening.engine;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;
import org.hearth.screening.ScreeningRequest;

/**
 * Uses the conversation: a "yes" to a question about suicide is a crisis; "do it" after a
 * crisis is encouragement. Only the message just before counts.
 */
final class ConversationRules {

	private ConversationRules() {
	}

	/**
	 * Adds to {@code hits} what the previous message makes of this one;
	 * {@code screenAlone} gives the rules' hits for a text on its own.
	 */
	static void apply(ScreeningRequest request, RuleSet rules, Function<String, List<Hit>> screenAlone,
			List<Hit> hits) {
		String previous = request.previousMessages().get(request.previousMessages().size() - 1);
		if (previous.length() > ScreeningEngine.CHUNK) {
			return;
		}
		NormalizedText current = rules.normalizer().normalize(request.text());
		NormalizedText before = rules.normalizer().normalize(previous);
		boolean askedAboutSuicide = false;
		boolean previousCrisis = false;
		for (Rule rule : rules.rules()) {
			if (rule.kind() == Rule.Kind.SUPPORT_QUESTION && rule.pattern().matcher(before.canonical()).find()) {
				askedAboutSuicide = true;
			}
		}
		for (Hit hit : screenAlone.apply(previous)) {
			previousCrisis |= hit.finding().category() == Category.CRISIS;
		}
		for (Rule rule : rules.rules()) {
			boolean fires = (rule.kind() == Rule.Kind.AFFIRMATION && askedAboutSuicide)
					|| (rule.kind() == Rule.Kind.ENCOURAGEMENT && previousCrisis);
			if (!fires) {
				continue;
			}
			Matcher m = rule.pattern().matcher(current.canonical());
			if (m.find()) {
				int[] span = current.originalSpan(m.start(), m.end());
				Category category = rule.kind() == Rule.Kind.AFFIRMATION ? Category.CRISIS
						: Category.SELF_HARM_ENCOURAGEMENT;
				hits.add(new Hit(new Finding(category, span[0], span[1], rule.severity(), rule.id()), null));
			}
		}
	}

}
