package org.hearth.screening.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules know. Normalisation uses it to choose between readings of an
 * obfuscated token ("kil1" is "kill", not "kili"), to repair one-letter typos of rule
 * words and to split words run together.
 */
final class Vocabulary {

	private final Set<String> known;

	private final Set<String> content;

	private final Map<String, String> byDeletion;

	private final Set<String> neverSplit;

	private final Set<String> neverRepair;

	private final Map<Integer, List<String>> maskable;

	Vocabulary(Set<String> known, Set<String> functionWords, Set<String> neverSplit, Set<String> neverRepair,
			List<String> maskWords) {
		this.known = Set.copyOf(known);
		Set<String> contentWords = new HashSet<>();
		for (String word : known) {
			if (word.length() >= 4 && !functionWords.contains(word) && word.chars().allMatch(Character::isLetter)) {
				contentWords.add(word);
			}
		}
		this.content = Set.copyOf(contentWords);
		Map<String, String> deletions = new HashMap<>();
		for (String word : contentWords) {
			if (word.length() < 5) {
				continue;
			}
			for (int i = 1; i < word.length() - 1; i++) {
				String deleted = word.substring(0, i) + word.substring(i + 1);
				if (!known.contains(deleted)) {
					deletions.merge(deleted, word, (a, b) -> a.compareTo(b) <= 0 ? a : b);
				}
			}
		}
		this.byDeletion = Map.copyOf(deletions);
		this.neverSplit = Set.copyOf(neverSplit);
		this.neverRepair = Set.copyOf(neverRepair);
		Map<Integer, List<String>> masks = new HashMap<>();
		for (String word : maskWords) {
			masks.computeIfAbsent(word.length(), k -> new java.util.ArrayList<>()).add(word);
		}
		masks.replaceAll((k, v) -> List.copyOf(v));
		this.maskable = Map.copyOf(masks);
	}

	boolean isKnown(String word) {
		return known.contains(word);
	}

	boolean isContent(String word) {
		return content.contains(word);
	}

	boolean mayRepair(String word) {
		return !neverRepair.contains(word);
	}

	boolean maySplit(String word) {
		return !neverSplit.contains(word);
	}

	/**
	 * A rule word one adjacent swap or one dropped letter away (first letter kept), or
	 * null.
	 */
	String repair(String token) {
		if (token.length() < 4 || !mayRepair(token)) {
			return null;
		}
		char[] chars = token.toCharArray();
		for (int i = 1; i + 1 < chars.length; i++) {
			if (chars[i] == chars[i + 1]) {
				continue;
			}
			swap(chars, i);
			String swapped = new String(chars);
			swap(chars, i);
			if (content.contains(swapped)) {
				return swapped;
			}
		}
		return byDeletion.get(token);
	}

	private static void swap(char[] chars, int i) {
		char tmp = chars[i];
		chars[i] = chars[i + 1];
		chars[i + 1] = tmp;
	}

	/** The maskable word that a token like "f***" or "sh*t" stands for, or null. */
	String unmask(String token) {
		List<String> candidates = maskable.get(token.length());
		if (candidates == null) {
			return null;
		}
		boolean hasLetter = false;
		for (int i = 0; i < token.length(); i++) {
			if (token.charAt(i) != '*') {
				hasLetter = true;
				break;
			}
		}
		if (!hasLetter) {
			return null;
		}
		for (String candidate : candidates) {
			boolean fits = true;
			for (int i = 0; i < token.length() && fits; i++) {
				char c = token.charAt(i);
				fits = c == '*' || c == candidate.charAt(i);
			}
			if (fits) {
				return candidate;
			}
		}
		return null;
	}

}
