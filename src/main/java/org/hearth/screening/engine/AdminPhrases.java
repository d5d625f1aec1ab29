package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.screening.Category;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.Severity;

/**
 * An admin's overrides read as the rules read text: added phrases become rules of their
 * own (matched whole words, reported speech ignored), allowed phrases take away findings
 * of their category that they overlap. Immutable.
 */
final class AdminPhrases {

	private final List<Rule> added;

	private final Map<Category, List<String>> allowed;

	AdminPhrases(PhraseOverrides overrides, TextNormalizer normalizer) {
		List<Rule> addedRules = new ArrayList<>();
		overrides.addedPhrases().forEach((category, phrases) -> {
			for (String phrase : phrases) {
				String canon = normalizer.normalize(phrase).canonical();
				if (!canon.isBlank()) {
					Pattern pattern = Pattern.compile("(?<![^ ])" + Pattern.quote(canon) + "(?![^ ])");
					addedRules.add(new Rule("admin-phrase: " + phrase, Rule.Kind.CATEGORY, category,
							defaultSeverity(category), pattern, Set.of(), Set.of(Rule.Flag.IGNORES_REPORTING),
							category == Category.MEDICAL_ADVICE ? "medical-general"
									: category == Category.LEGAL_ADVICE ? "legal-general" : null));
				}
			}
		});
		this.added = List.copyOf(addedRules);
		Map<Category, List<String>> allow = new EnumMap<>(Category.class);
		overrides.allowedPhrases().forEach((category, phrases) -> {
			List<String> canon = new ArrayList<>();
			for (String phrase : phrases) {
				String c = normalizer.normalize(phrase).canonical();
				if (!c.isBlank()) {
					canon.add(c);
				}
			}
			allow.put(category, List.copyOf(canon));
		});
		this.allowed = Map.copyOf(allow);
	}

	/** The severity of a finding no rule of the shipped set gave a severity to. */
	static Severity defaultSeverity(Category category) {
		return switch (category) {
			case SELF_HARM_ENCOURAGEMENT -> Severity.CRITICAL;
			case CRISIS, HATE_SPEECH -> Severity.HIGH;
			case HARASSMENT, SHAMING, ROMANTIC_SOLICITATION -> Severity.MEDIUM;
			case MEDICAL_ADVICE, LEGAL_ADVICE -> Severity.LOW;
		};
	}

	/** The added phrases as rules, tried on every text after the shipped rules. */
	List<Rule> added() {
		return added;
	}

	/** Whether any phrase is allowed. */
	boolean allowsAny() {
		return !allowed.isEmpty();
	}

	/**
	 * Removes from {@code hits} those an allowed phrase of their category overlaps;
	 * {@code offset} places the context's text in the message.
	 */
	void dropAllowed(MessageContext context, int offset, List<Hit> hits) {
		if (allowed.isEmpty() || hits.isEmpty()) {
			return;
		}
		allowed.forEach((category, phrases) -> {
			for (String phrase : phrases) {
				Matcher m = Pattern.compile("(?<![^ ])" + Pattern.quote(phrase) + "(?![^ ])").matcher(context.canon);
				while (m.find()) {
					int[] span = context.text.originalSpan(m.start(), m.end());
					int s = span[0] + offset;
					int e = span[1] + offset;
					hits.removeIf(h -> h.finding().category() == category && h.finding().start() < e
							&& s < h.finding().end());
				}
			}
		});
	}

}
