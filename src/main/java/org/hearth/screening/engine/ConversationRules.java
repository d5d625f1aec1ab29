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

	/** Words of getting help in a reply. */
	private static final java.util.regex.Pattern HELP = java.util.regex.Pattern
		.compile("(?<![^ ])(?:call|text|ring|phone|tell|contact|reach out to|talk to|go to|see) (?:[^ ]+ ){0,3}?"
				+ "(?:crisis|hotline|helpline|help line|lifeline|samaritans|988|741741|911|999|112|someone|somebody|"
				+ "a friend|your (?:mom|mum|dad|parents|doctor|therapist|counsel+or|gp)|the (?:er|hospital|doctor)|"
				+ "a (?:doctor|therapist|counsel+or)|help)(?![^ ])|(?<![^ ])(?:get|getting|find|ask for) (?:some )?help(?![^ ])");

	/** A question about getting help ("should I call the crisis line?"). */
	private static final java.util.regex.Pattern HELP_ASKED = java.util.regex.Pattern.compile(
			"(?<![^ ])(?:should i|can i|do i|would it help to|is it ok to|maybe i should|i might|i think i should) "
					+ "(?:[^ ]+ ){0,2}?(?:call|text|ring|tell|contact|reach out|talk to|go to|see|get|ask for)(?![^ ])");

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
		// Each message is read as the rules read it alone: with invisible characters
		// dropped, and again with them as spaces, so fillers typed in place of spaces
		// ("just\u3164do\u3164it") cannot join the words into one no rule knows.
		List<String> previousTexts = readings(previous);
		List<NormalizedText> previousReadings = previousTexts.stream().map(rules.normalizer()::normalize).toList();
		List<NormalizedText> currentReadings = readings(request.text()).stream()
			.map(rules.normalizer()::normalize)
			.toList();
		boolean askedAboutSuicide = false;
		boolean previousCrisis = false;
		// "Do it" that urges help ("do it now, call 988") or answers a question about
		// getting help ("should I call the crisis line?" "yes, do it") is not
		// encouragement.
		boolean aboutHelp = false;
		for (NormalizedText before : previousReadings) {
			for (Rule rule : rules.rules()) {
				if (rule.kind() == Rule.Kind.SUPPORT_QUESTION && rule.pattern().matcher(before.canonical()).find()) {
					askedAboutSuicide = true;
				}
			}
			aboutHelp |= HELP_ASKED.matcher(before.canonical()).find();
		}
		for (String before : previousTexts) {
			for (Hit hit : screenAlone.apply(before)) {
				previousCrisis |= hit.finding().category() == Category.CRISIS;
			}
		}
		for (NormalizedText current : currentReadings) {
			aboutHelp |= HELP.matcher(current.canonical()).find();
		}
		for (NormalizedText current : currentReadings) {
			boolean found = false;
			for (Rule rule : rules.rules()) {
				boolean fires = (rule.kind() == Rule.Kind.AFFIRMATION && askedAboutSuicide)
						|| (rule.kind() == Rule.Kind.ENCOURAGEMENT && previousCrisis && !aboutHelp);
				if (!fires) {
					continue;
				}
				Matcher m = rule.pattern().matcher(current.canonical());
				if (m.find()) {
					int[] span = current.originalSpan(m.start(), m.end());
					Category category = rule.kind() == Rule.Kind.AFFIRMATION ? Category.CRISIS
							: Category.SELF_HARM_ENCOURAGEMENT;
					hits.add(new Hit(new Finding(category, span[0], span[1], rule.severity(), rule.id()), null));
					found = true;
				}
			}
			if (found) {
				return;
			}
		}
	}

	/**
	 * The text as written (invisible characters are dropped when it is normalised) and,
	 * when it holds any, with them as spaces; both keep the text's offsets.
	 */
	private static List<String> readings(String text) {
		String spaced = InvisibleCharacters.asSpaces(text);
		return spaced == null ? List.of(text) : List.of(text, spaced);
	}

}
