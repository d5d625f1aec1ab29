package org.hearth.screening;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Admin changes layered over the shipped rules: phrases added to a category (flagged
 * wherever they occur, obfuscated or not) and allow-listed phrases (a finding of that
 * category lying within an allowed phrase is dropped).
 */
public record PhraseOverrides(Map<Category, Set<String>> addedPhrases, Map<Category, Set<String>> allowedPhrases) {
	public PhraseOverrides {
		addedPhrases = copy(addedPhrases);
		allowedPhrases = copy(allowedPhrases);
	}

	/** No changes: the shipped rules alone. */
	public static PhraseOverrides none() {
		return new PhraseOverrides(Map.of(), Map.of());
	}

	private static Map<Category, Set<String>> copy(Map<Category, Set<String>> source) {
		if (source == null || source.isEmpty()) {
			return Map.of();
		}
		Map<Category, Set<String>> copy = new EnumMap<>(Category.class);
		source.forEach((category, phrases) -> {
			if (category != null && phrases != null) {
				copy.put(category, Set.copyOf(phrases.stream().filter(p -> p != null && !p.isBlank()).toList()));
			}
		});
		return Map.copyOf(copy);
	}
}
