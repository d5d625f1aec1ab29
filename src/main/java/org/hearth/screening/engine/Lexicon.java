package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists the rules are written with ({@code screening/lexicon.txt}): named lists
 * under "[NAME]" headers, entries separated by commas or new lines. Some lists are read
 * by the normaliser rather than the rules: EXPANSIONS ("u = you"), FUNCTION (the very
 * common words), NEVER_SPLIT, NEVER_REPAIR and MASKABLE. Immutable.
 */
final class Lexicon {

	private static final Pattern WORD = Pattern.compile("[a-z][a-z']*");

	private final Map<String, List<String>> lists;

	private final Map<String, String[]> expansions;

	private Lexicon(Map<String, List<String>> lists) {
		this.lists = lists;
		Map<String, String[]> expanded = new HashMap<>();
		for (String line : lists.getOrDefault("EXPANSIONS", List.of())) {
			int eq = line.indexOf('=');
			expanded.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim().split(" +"));
		}
		this.expansions = expanded;
	}

	/** Reads a lexicon file's lines; fails loudly on an entry before any header. */
	static Lexicon parse(List<String> lines) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		List<String> current = null;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = lists.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
				continue;
			}
			if (current == null) {
				throw new IllegalStateException("lexicon entry before any [LIST]: " + line);
			}
			if (line.contains("=")) {
				current.add(line);
			}
			else {
				for (String entry : line.split(",")) {
					String e = entry.strip().toLowerCase(Locale.ROOT);
					if (!e.isEmpty()) {
						current.add(e);
					}
				}
			}
		}
		return new Lexicon(lists);
	}

	/** Every list by name, in the order of the file. */
	Map<String, List<String>> lists() {
		return lists;
	}

	/** The entries of a list, or null when there is no such list. */
	List<String> list(String name) {
		return lists.get(name);
	}

	/** Chat shorthand and contractions, each with the canonical tokens it stands for. */
	Map<String, String[]> expansions() {
		return expansions;
	}

	/** The very common words (articles, pronouns, auxiliaries). */
	Set<String> functionWords() {
		return Set.copyOf(lists.getOrDefault("FUNCTION", List.of()));
	}

	/**
	 * The words the rules know: every word of the lexicon's lists and expansions and of
	 * the rule lines given.
	 */
	Vocabulary vocabulary(List<String> ruleLines) {
		Set<String> known = new HashSet<>();
		lists.forEach((name, entries) -> {
			if (!name.equals("EXPANSIONS") && !name.equals("NEVER_SPLIT") && !name.equals("NEVER_REPAIR")) {
				entries.forEach(e -> addWords(e, known));
			}
		});
		expansions.values().forEach(v -> known.addAll(List.of(v)));
		ruleLines.forEach(
				line -> addWords(line.replaceAll("\\{[A-Z_0-9]+\\}", " ").replaceAll("\\(\\?[:<!=]+", " "), known));
		Set<String> function = new HashSet<>(lists.getOrDefault("FUNCTION", List.of()));
		return new Vocabulary(known, function, new HashSet<>(lists.getOrDefault("NEVER_SPLIT", List.of())),
				new HashSet<>(lists.getOrDefault("NEVER_REPAIR", List.of())),
				lists.getOrDefault("MASKABLE", List.of()));
	}

	private static void addWords(String text, Set<String> known) {
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			if (m.group().indexOf('\'') < 0) {
				known.add(m.group());
			}
		}
	}

}
