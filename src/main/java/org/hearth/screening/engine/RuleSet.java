package org.hearth.screening.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.screening.Category;
import org.hearth.screening.Severity;

/**
 * Loads the shipped lexicons and rules from the classpath ({@code screening/lexicon.txt},
 * {@code screening/rules.txt}, {@code screening/rewordings.txt}) and compiles them.
 *
 * <p>
 * Rule syntax, one per line: {@code KIND SEVERITY id [flags] : pattern}. A pattern is a
 * Java regular expression over canonical text (lower-case tokens separated by single
 * spaces) in which {@code {NAME}} stands for a word list of the lexicon, {@code ~N} for
 * up to N arbitrary tokens within the sentence, and {@code {S}} for the start of a
 * sentence or clause.
 */
public final class RuleSet {

	private static final Pattern MACRO = Pattern.compile("\\{([A-Z_0-9]+)\\}");

	private static final Pattern GAP = Pattern.compile(" ~(\\d+) ");

	private static final Pattern TRAILING_GAP = Pattern.compile(" ~(\\d+)$");

	private static final Pattern WORD = Pattern.compile("[a-z][a-z']*");

	private final List<Rule> rules;

	private final TextNormalizer normalizer;

	private final Map<String, String> rewordings;

	private final Map<String, List<Integer>> rulesByWord;

	private final int[] unconditional;

	private final Pattern targetStart;

	private final AnchorIndex anchors;

	private RuleSet(List<Rule> rules, TextNormalizer normalizer, Map<String, String> rewordings, Pattern targetStart) {
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
		Map<String, List<String>> lexicon = readLexicon(read("screening/lexicon.txt"));
		Map<String, String[]> expansions = new HashMap<>();
		for (String line : lexicon.getOrDefault("EXPANSIONS", List.of())) {
			int eq = line.indexOf('=');
			expansions.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim().split(" +"));
		}
		List<String> ruleLines = read("screening/rules.txt");
		Set<String> known = new HashSet<>();
		lexicon.forEach((name, entries) -> {
			if (!name.equals("EXPANSIONS") && !name.equals("NEVER_SPLIT") && !name.equals("NEVER_REPAIR")) {
				entries.forEach(e -> addWords(e, known));
			}
		});
		expansions.values().forEach(v -> known.addAll(List.of(v)));
		ruleLines.forEach(
				line -> addWords(line.replaceAll("\\{[A-Z_0-9]+\\}", " ").replaceAll("\\(\\?[:<!=]+", " "), known));
		Set<String> function = new HashSet<>(lexicon.getOrDefault("FUNCTION", List.of()));
		Vocabulary vocabulary = new Vocabulary(known, function,
				new HashSet<>(lexicon.getOrDefault("NEVER_SPLIT", List.of())),
				new HashSet<>(lexicon.getOrDefault("NEVER_REPAIR", List.of())),
				lexicon.getOrDefault("MASKABLE", List.of()));
		TextNormalizer normalizer = new TextNormalizer(vocabulary, expansions);
		FUNCTION_WORDS = Set.copyOf(function);
		Map<String, String> macros = new LinkedHashMap<>();
		Map<String, String> plainMacros = new LinkedHashMap<>();
		lexicon.forEach((name, entries) -> {
			macros.put(name, alternation(entries));
			plainMacros.put(name, "(?:" + String.join("|", entries) + ")");
		});
		List<Rule> rules = new ArrayList<>();
		for (String line : ruleLines) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (trimmed.startsWith("@")) {
				int eq = trimmed.indexOf('=');
				macros.put(trimmed.substring(1, eq).trim(),
						"(?:" + expandMacros(trimmed.substring(eq + 1).trim(), macros) + ")");
				plainMacros.put(trimmed.substring(1, eq).trim(),
						"(?:" + expandMacros(trimmed.substring(eq + 1).trim(), plainMacros) + ")");
				continue;
			}
			rules.add(parseRule(trimmed, macros, plainMacros, lexicon));
		}
		Map<String, String> rewordings = new HashMap<>();
		for (String line : read("screening/rewordings.txt")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				int eq = line.indexOf('=');
				rewordings.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
			}
		}
		Pattern targetStart = Pattern.compile("(?<![^ ])(?:" + macros.get("T") + "|" + macros.get("GROUPT") + ")");
		return new RuleSet(rules, normalizer, rewordings, targetStart);
	}

	private static void addWords(String text, Set<String> known) {
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			if (m.group().indexOf('\'') < 0) {
				known.add(m.group());
			}
		}
	}

	private static Set<String> FUNCTION_WORDS = Set.of();

	private static Rule parseRule(String line, Map<String, String> macros, Map<String, String> plainMacros,
			Map<String, List<String>> lexicon) {
		int colon = line.indexOf(" : ");
		if (colon < 0) {
			throw new IllegalStateException("rule without ' : ' in: " + line);
		}
		String[] head = line.substring(0, colon).trim().split("\\s+");
		String body = line.substring(colon + 3).trim();
		Rule.Kind kind;
		Category category = null;
		switch (head[0]) {
			case "TARGETED" -> kind = Rule.Kind.TARGETED;
			case "REPORTING" -> kind = Rule.Kind.REPORTING;
			case "IDENTITY" -> kind = Rule.Kind.IDENTITY;
			case "SUPPORT_QUESTION" -> kind = Rule.Kind.SUPPORT_QUESTION;
			case "AFFIRMATION" -> kind = Rule.Kind.AFFIRMATION;
			case "ENCOURAGEMENT" -> kind = Rule.Kind.ENCOURAGEMENT;
			case "CRITICAL_SIGN" -> kind = Rule.Kind.CRITICAL_SIGN;
			default -> {
				kind = Rule.Kind.CATEGORY;
				category = Category.valueOf(head[0]);
			}
		}
		Severity severity = Severity.valueOf(head[1]);
		String id = head[2];
		Set<Rule.Flag> flags = EnumSet.noneOf(Rule.Flag.class);
		String rewording = null;
		Set<String> needs = new HashSet<>();
		for (int i = 3; i < head.length; i++) {
			String flag = head[i];
			if (flag.equals("neg")) {
				flags.add(Rule.Flag.NEGATABLE);
			}
			else if (flag.equals("noq")) {
				flags.add(Rule.Flag.NOT_IN_QUESTION);
			}
			else if (flag.equals("nosup")) {
				flags.add(Rule.Flag.IGNORES_REPORTING);
			}
			else if (flag.startsWith("rw=")) {
				rewording = flag.substring(3);
			}
			else if (flag.startsWith("needs=")) {
				for (String need : flag.substring(6).split("\\|")) {
					if (need.startsWith("{")) {
						String name = need.substring(1, need.length() - 1);
						List<String> words = lexicon.get(name);
						if (words == null) {
							throw new IllegalStateException("unknown list " + name + " in " + id);
						}
						for (String entry : words) {
							String longest = "";
							for (String word : entry.split(" ")) {
								boolean better = longest.isEmpty()
										|| (UBIQUITOUS.contains(longest) || FUNCTION_WORDS.contains(longest))
										|| (word.length() > longest.length() && !UBIQUITOUS.contains(word)
												&& !FUNCTION_WORDS.contains(word));
								longest = better ? word : longest;
							}
							needs.add(longest);
						}
					}
					else {
						needs.add(need);
					}
				}
			}
			else {
				throw new IllegalStateException("unknown flag " + flag + " in " + id);
			}
		}
		String compiled = compile(body, macros);
		if (needs.isEmpty()) {
			needs.addAll(distinctiveWords(compile(body, plainMacros)));
		}
		String regex = "(?<![^ ])(?:" + compiled + ")(?![^ ])";
		if (body.startsWith("{T} ") || body.startsWith("{GROUPT} ")) {
			flags.add(Rule.Flag.STARTS_WITH_TARGET);
		}
		return new Rule(id, kind, category, severity, Pattern.compile(regex), Set.copyOf(needs), flags, rewording);
	}

	/** Words too common to tell rules apart; never used as a rule's prefilter. */
	private static final Set<String> UBIQUITOUS = Set.of("a", "an", "the", "i", "you", "me", "my", "your", "to", "of",
			"and", "is", "are", "it", "that", "this", "in", "on", "for", "be", "do", "not", "so", "just", "at", "with",
			"was", "we", "they", "he", "she", "him", "her", "them", "us", "our", "their", "have", "has", "had", "will",
			"would", "can", "could", "should", "s", "all", "no", "if", "or", "but", "as", "by", "from", "up", "out",
			"what", "am", "been", "were", "get", "go", "like", "one", "some", "any", "more");

	/**
	 * Every word the compiled pattern can match literally, less the ubiquitous ones. A
	 * match always contains at least one literal word of its rule, and the rules here
	 * always contain a distinctive one, so a text with none of these words cannot match
	 * and the rule is skipped.
	 */
	private static Set<String> distinctiveWords(String compiled) {
		Set<String> words = new HashSet<>();
		Matcher m = Pattern.compile("(?<![\\\\a-z])[a-z][a-z']+(?![a-z])")
			.matcher(compiled.replaceAll("\\(\\?[:<!=]+", " "));
		while (m.find()) {
			if (!UBIQUITOUS.contains(m.group())) {
				words.add(m.group());
			}
		}
		return words;
	}

	static String compile(String body, Map<String, String> macros) {
		String trailing = "";
		Matcher end = TRAILING_GAP.matcher(body);
		if (end.find()) {
			trailing = "(?: [^ .?\"]+){0," + end.group(1) + "}";
			body = body.substring(0, end.start());
		}
		String withGaps = GAP.matcher(" " + body + " ").replaceAll(m -> " (?:[^ .?\"]+ ){0," + m.group(1) + "}");
		withGaps = withGaps.substring(1, withGaps.length() - 1) + trailing;
		return expandMacros(withGaps, macros);
	}

	private static String expandMacros(String text, Map<String, String> macros) {
		String out = text;
		for (int depth = 0; depth < 8 && out.contains("{"); depth++) {
			Matcher m = MACRO.matcher(out);
			StringBuilder b = new StringBuilder();
			while (m.find()) {
				String name = m.group(1);
				String value;
				if (name.equals("S")) {
					value = "(?<![a-z0-9'\\u0080-\\uffff] )";
				}
				else {
					value = macros.get(name);
					if (value == null) {
						throw new IllegalStateException("unknown macro {" + name + "}");
					}
				}
				m.appendReplacement(b, Matcher.quoteReplacement(value));
			}
			m.appendTail(b);
			out = b.toString();
		}
		return out;
	}

	/**
	 * A word list as a regular expression shaped like a trie, so a failing position costs
	 * one or two character tests.
	 */
	static String alternation(List<String> entries) {
		TrieNode root = new TrieNode();
		for (String entry : entries) {
			TrieNode node = root;
			for (int i = 0; i < entry.length(); i++) {
				node = node.children.computeIfAbsent(entry.charAt(i), k -> new TrieNode());
			}
			node.terminal = true;
		}
		return "(?:" + root.toRegex() + ")";
	}

	/** One node of the word-list trie. */
	private static final class TrieNode {

		final java.util.TreeMap<Character, TrieNode> children = new java.util.TreeMap<>();

		boolean terminal;

		String toRegex() {
			List<String> branches = new ArrayList<>();
			for (Map.Entry<Character, TrieNode> child : children.entrySet()) {
				String c = Pattern.quote(String.valueOf(child.getKey()));
				char ch = child.getKey();
				String literal = Character.isLetterOrDigit(ch) || ch == ' ' || ch == '\'' ? String.valueOf(ch) : c;
				TrieNode next = child.getValue();
				if (next.children.isEmpty()) {
					branches.add(literal);
				}
				else {
					String rest = next.toRegex();
					branches.add(literal + (next.terminal ? "(?:" + rest + ")?"
							: (next.children.size() > 1 ? "(?:" + rest + ")" : rest)));
				}
			}
			return branches.size() == 1 ? branches.get(0) : String.join("|", branches);
		}

	}

	/** Lexicon file: "[NAME]" headers, then entries separated by commas or new lines. */
	private static Map<String, List<String>> readLexicon(List<String> lines) {
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
		return lists;
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
		return FUNCTION_WORDS.contains(word);
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
