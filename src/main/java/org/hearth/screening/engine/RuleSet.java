package org.hearth.screening.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compiled rules with what they need to run: the normaliser built from their
 * {@link Lexicon}, the rewordings, and the prefilters that pick the rules worth trying on
 * a text (the words each rule needs, and where each may start: {@link AnchorIndex}).
 * {@link #shipped()} loads the files on the classpath ({@code screening/lexicon.txt},
 * {@code screening/rules.txt}, {@code screening/rewordings.txt}); {@link RuleParser}
 * describes the rule syntax. Immutable and thread-safe.
 */
public final class RuleSet {

	private final List<Rule> rules;

	private final TextNormalizer normalizer;

	private final Map<String, String> rewordings;

	private final Map<String, List<Integer>> rulesByWord;

	private final int[] unconditional;

	private final Pattern targetStart;

	private final AnchorIndex anchors;

	private final Set<String> functionWords;

	private RuleSet(List<Rule> rules, TextNormalizer normalizer, Map<String, String> rewordings, Pattern targetStart,
			Set<String> functionWords) {
		this.functionWords = Set.copyOf(functionWords);
		this.rules = List.copyOf(rules);
		this.targetStart = targetStart;
		List<String> regexes = new ArrayList<>();
		for (Rule rule : rules) {
			regexes.add(rule.pattern().pattern());
		}
		regexes.add(targetStart.pattern());
		this.anchors = new AnchorIndex(regexes);
		this.normalizer = normalizer;
		this.rewordings = Map.copyOf(rewordings);
		Map<String, List<Integer>> byWord = new HashMap<>();
		List<Integer> always = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			Rule rule = rules.get(i);
			if (rule.needs().isEmpty()) {
				always.add(i);
			}
			for (String word : rule.needs()) {
				byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
			}
		}
		this.rulesByWord = Map.copyOf(byWord);
		this.unconditional = always.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Loads and compiles the shipped rules; fails loudly when a shipped file is broken.
	 */
	public static RuleSet shipped() {
		Lexicon lexicon = Lexicon.parse(read("screening/lexicon.txt"));
		List<String> ruleLines = read("screening/rules.txt");
		TextNormalizer normalizer = new TextNormalizer(lexicon.vocabulary(ruleLines), lexicon.expansions());
		Set<String> functionWords = lexicon.functionWords();
		RuleParser parser = new RuleParser(lexicon, functionWords);
		List<Rule> rules = parser.parse(ruleLines);
		Map<String, String> rewordings = new HashMap<>();
		for (String line : read("screening/rewordings.txt")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				int eq = line.indexOf('=');
				rewordings.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
			}
		}
		return new RuleSet(rules, normalizer, rewordings, parser.targetStart(), functionWords);
	}

	private static List<String> read(String resource) {
		InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing resource " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Whether a canonical word is one of the very common words (articles, pronouns,
	 * auxiliaries) that say nothing on their own.
	 */
	public boolean isCommonWord(String word) {
		return functionWords.contains(word);
	}

	/** The canonical form rules see for a text, for explaining a result. */
	public String canonical(String text) {
		return normalizer.normalize(text).canonical();
	}

	/** Pattern of a target phrase, tried only at token starts. */
	Pattern targetStart() {
		return targetStart;
	}

	/**
	 * Where each rule (index {@code i}) and the target phrase (index
	 * {@link #targetAnchor()}) may start.
	 */
	AnchorIndex anchors() {
		return anchors;
	}

	/** Index of the target-phrase pattern in {@link #anchors()}. */
	int targetAnchor() {
		return rules.size();
	}

	List<Rule> rules() {
		return rules;
	}

	TextNormalizer normalizer() {
		return normalizer;
	}

	String rewording(String key) {
		return rewordings.get(key);
	}

	/** Indices of the rules worth trying on a text with these canonical tokens. */
	boolean[] candidates(NormalizedText text) {
		boolean[] run = new boolean[rules.size()];
		for (int i : unconditional) {
			run[i] = true;
		}
		for (int t = 0; t < text.tokenCount(); t++) {
			List<Integer> ids = rulesByWord.get(text.token(t));
			if (ids != null) {
				for (int id : ids) {
					run[id] = true;
				}
			}
		}
		return run;
	}

}
