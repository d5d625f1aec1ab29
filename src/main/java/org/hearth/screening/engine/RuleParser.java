package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.screening.Category;
import org.hearth.screening.Severity;

/**
 * Compiles rule lines ({@code screening/rules.txt}) over a {@link Lexicon}.
 *
 * <p>
 * Rule syntax, one per line: {@code KIND SEVERITY id [flags] : pattern}. A pattern is a
 * Java regular expression over canonical text (lower-case tokens separated by single
 * spaces) in which {@code {NAME}} stands for a word list of the lexicon, {@code ~N} for
 * up to N arbitrary tokens within the sentence, and {@code {S}} for the start of a
 * sentence or clause. A line {@code @NAME = pattern} defines a list of its own for the
 * lines after it.
 */
final class RuleParser {

	private static final Pattern MACRO = Pattern.compile("\\{([A-Z_0-9]+)\\}");

	private static final Pattern GAP = Pattern.compile(" ~(\\d+) ");

	private static final Pattern TRAILING_GAP = Pattern.compile(" ~(\\d+)$");

	private final Lexicon lexicon;

	private final Set<String> functionWords;

	/** Each list as a trie-shaped alternation, for matching. */
	private final Map<String, String> macros = new LinkedHashMap<>();

	/** Each list as a plain alternation, for reading a rule's literal words. */
	private final Map<String, String> plainMacros = new LinkedHashMap<>();

	/**
	 * A parser over the lists of {@code lexicon}; {@code functionWords} are never taken
	 * as the word a rule needs.
	 */
	RuleParser(Lexicon lexicon, Set<String> functionWords) {
		this.lexicon = lexicon;
		this.functionWords = Set.copyOf(functionWords);
		lexicon.lists().forEach((name, entries) -> {
			macros.put(name, alternation(entries));
			plainMacros.put(name, "(?:" + String.join("|", entries) + ")");
		});
	}

	/**
	 * The rules of these lines, in order; fails loudly on a line it cannot read.
	 * Definitions ({@code @NAME = ...}) apply to the lines after them.
	 */
	List<Rule> parse(List<String> ruleLines) {
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
			rules.add(parseRule(trimmed));
		}
		return rules;
	}

	/** The pattern of a target phrase (the lists T and GROUPT), tried at token starts. */
	Pattern targetStart() {
		return Pattern.compile("(?<![^ ])(?:" + macros.get("T") + "|" + macros.get("GROUPT") + ")");
	}

	private Rule parseRule(String line) {
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
						List<String> words = lexicon.list(name);
						if (words == null) {
							throw new IllegalStateException("unknown list " + name + " in " + id);
						}
						for (String entry : words) {
							String longest = "";
							for (String word : entry.split(" ")) {
								boolean better = longest.isEmpty()
										|| (UBIQUITOUS.contains(longest) || functionWords.contains(longest))
										|| (word.length() > longest.length() && !UBIQUITOUS.contains(word)
												&& !functionWords.contains(word));
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

		final TreeMap<Character, TrieNode> children = new TreeMap<>();

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

}
