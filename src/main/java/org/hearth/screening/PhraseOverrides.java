package org.hearth.screening;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Admin changes layered over the shipped rules: phrases added to a category (flagged
 * wherever they occur, obfuscated or not) and allow-listed phrases (a finding of that
 * category lying within an allowed phrase is dropped). {@code addedPhrases} and
 * {@code allowedPhrases} apply to every author; {@code addedOnlyFor} and
 * {@code allowedOnlyFor} to the messages of one author role only, so a self-harm phrase
 * meant for volunteers never turns a member's own crisis into a hold.
 */
public record PhraseOverrides(Map<Category, Set<String>> addedPhrases, Map<Category, Set<String>> allowedPhrases,
		Map<AuthorRole, Map<Category, Set<String>>> addedOnlyFor,
		Map<AuthorRole, Map<Category, Set<String>>> allowedOnlyFor) {

	public PhraseOverrides {
		addedPhrases = copy(addedPhrases);
		allowedPhrases = copy(allowedPhrases);
		addedOnlyFor = copyByRole(addedOnlyFor);
		allowedOnlyFor = copyByRole(allowedOnlyFor);
	}

	/** Phrases that apply to every author. */
	public PhraseOverrides(Map<Category, Set<String>> addedPhrases, Map<Category, Set<String>> allowedPhrases) {
		this(addedPhrases, allowedPhrases, Map.of(), Map.of());
	}

	/** No changes: the shipped rules alone. */
	public static PhraseOverrides none() {
		return new PhraseOverrides(Map.of(), Map.of());
	}

	/** True when every phrase applies to every author. */
	public boolean appliesAlike() {
		return addedOnlyFor.isEmpty() && allowedOnlyFor.isEmpty();
	}

	/**
	 * The phrases that apply to messages by this role, all as applying to every author.
	 */
	public PhraseOverrides forAuthor(AuthorRole role) {
		return new PhraseOverrides(merge(addedPhrases, addedOnlyFor.get(role)),
				merge(allowedPhrases, allowedOnlyFor.get(role)));
	}

	private static Map<Category, Set<String>> merge(Map<Category, Set<String>> all, Map<Category, Set<String>> some) {
		if (some == null || some.isEmpty()) {
			return all;
		}
		Map<Category, Set<String>> merged = new EnumMap<>(Category.class);
		all.forEach((category, phrases) -> merged.put(category, new HashSet<>(phrases)));
		some.forEach((category, phrases) -> merged.computeIfAbsent(category, c -> new HashSet<>()).addAll(phrases));
		return merged;
	}

	private static Map<AuthorRole, Map<Category, Set<String>>> copyByRole(
			Map<AuthorRole, Map<Category, Set<String>>> source) {
		if (source == null || source.isEmpty()) {
			return Map.of();
		}
		Map<AuthorRole, Map<Category, Set<String>>> copy = new EnumMap<>(AuthorRole.class);
		source.forEach((role, phrases) -> {
			Map<Category, Set<String>> forRole = copy(phrases);
			if (role != null && !forRole.isEmpty()) {
				copy.put(role, forRole);
			}
		});
		return Map.copyOf(copy);
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
