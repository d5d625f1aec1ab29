package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns raw text into {@link NormalizedText}: folds look-alike characters, joins
 * spaced-out letters ("k y s", "k.y.s"), reads leet and masked letters, collapses
 * repeated letters, expands contractions and chat shorthand, repairs one-letter typos of
 * rule words and splits words run together, keeping every canonical token's original
 * span. Linear in the length of the text. {@link Tokenizer} finds the tokens.
 */
final class TextNormalizer {

	private static final int CACHE_LIMIT = 200_000;

	private static final String[] NO_TOKENS = new String[0];

	private final Vocabulary vocabulary;

	private final Map<String, String[]> expansions;

	private final Map<String, String[]> cache = new ConcurrentHashMap<>();

	TextNormalizer(Vocabulary vocabulary, Map<String, String[]> expansions) {
		this.vocabulary = vocabulary;
		this.expansions = Map.copyOf(expansions);
	}

	/** Normalises a text; never throws on any input. */
	public NormalizedText normalize(String text) {
		int n = text.length();
		char[] folded = new char[n];
		int[] origStart = new int[n];
		int[] origEnd = new int[n];
		int m = 0;
		for (int i = 0; i < n;) {
			int cp = text.codePointAt(i);
			int width = Character.charCount(cp);
			int f = CharFolding.fold(cp);
			if (f != CharFolding.DROP) {
				folded[m] = (char) f;
				origStart[m] = i;
				origEnd[m] = i + width;
				m++;
			}
			i += width;
		}
		List<Tokenizer.Raw> raws = Tokenizer.scan(folded, m);
		raws = Tokenizer.joinSpacedLetters(raws, folded, this::readsAsWords);
		StringBuilder canon = new StringBuilder(m + 16);
		IntList canonStarts = new IntList();
		IntList starts = new IntList();
		IntList ends = new IntList();
		List<String> tokens = new ArrayList<>(raws.size() + 4);
		for (int r = 0; r < raws.size(); r++) {
			Tokenizer.Raw raw = raws.get(r);
			int os = origStart[raw.start()];
			int oe = origEnd[raw.end() - 1];
			if (raw.punct() && continuesANegation(raw, folded, tokens)) {
				continue;
			}
			String[] parts = raw.punct() ? new String[] { raw.text() }
					: readsAsTo(raws, r, tokens) ? TO : canonicalize(raw.text());
			for (String part : parts) {
				if (part.isEmpty()) {
					continue;
				}
				String reflexive = tokens.isEmpty() ? null
						: reflexive(tokens.get(tokens.size() - 1), part, raws, r, folded, m);
				if (reflexive != null) {
					int last = tokens.size() - 1;
					canon.setLength(canonStarts.get(last));
					canon.append(reflexive);
					tokens.set(last, reflexive);
					ends.set(last, oe);
					continue;
				}
				if (canon.length() > 0) {
					canon.append(' ');
				}
				canonStarts.add(canon.length());
				starts.add(os);
				ends.add(oe);
				canon.append(part);
				tokens.add(part);
			}
		}
		return new NormalizedText(text, canon.toString(), tokens.toArray(NO_TOKENS), canonStarts.toArray(),
				starts.toArray(), ends.toArray());
	}

	/**
	 * Verbs after which a lone "2" between words is chat shorthand for "to" ("i want 2
	 * die", "going 2 kill myself"); before other words it stays a number ("i have 2
	 * kids").
	 */
	private static final Set<String> TO_VERBS = Set.of("die", "kill", "end", "hurt", "cut", "live", "go", "be",
			"disappear", "sleep", "stop", "jump", "hang", "overdose", "do", "exist", "leave", "starve", "harm", "take",
			"give", "stay", "keep", "make", "feel");

	private static final String[] TO = { "to" };

	/**
	 * Whether raw token {@code r} is a "2" written for "to": a word before it and one of
	 * {@link #TO_VERBS} after it.
	 */
	private boolean readsAsTo(List<Tokenizer.Raw> raws, int r, List<String> tokens) {
		if (!raws.get(r).text().equals("2") || r + 1 >= raws.size() || raws.get(r + 1).punct() || tokens.isEmpty()) {
			return false;
		}
		String before = tokens.get(tokens.size() - 1);
		if (before.isEmpty() || !Character.isLetter(before.charAt(before.length() - 1))) {
			return false;
		}
		String[] after = canonicalize(raws.get(r + 1).text());
		return after.length > 0 && TO_VERBS.contains(after[0]);
	}

	/**
	 * Whether a line break follows a line that ends on "not" or "never" ("please don't" /
	 * "kill yourself"): the sentence goes on over it, so it is no sentence end.
	 */
	private static boolean continuesANegation(Tokenizer.Raw raw, char[] folded, List<String> tokens) {
		if (tokens.isEmpty() || !raw.text().equals(".")) {
			return false;
		}
		String last = tokens.get(tokens.size() - 1);
		if (!last.equals("not") && !last.equals("never")) {
			return false;
		}
		for (int i = raw.start(); i < raw.end(); i++) {
			if (folded[i] != '\n') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Words after which "self" written apart is one reflexive pronoun ("kill your self",
	 * "kill ur self", "kill yo self", "hurt my self").
	 */
	private static final Map<String, String> REFLEXIVES = Map.of("my", "myself", "your", "yourself", "you", "yourself",
			"yo", "yourself", "yer", "yourself", "thy", "thyself", "him", "himself", "her", "herself");

	/** The same for "selves" ("kill your selves", "hurt them selves"). */
	private static final Map<String, String> PLURAL_REFLEXIVES = Map.of("your", "yourselves", "you", "yourselves",
			"our", "ourselves", "them", "themselves", "their", "themselves");

	/**
	 * What may follow "self" written apart for it to be read as a reflexive pronoun: the
	 * end of a sentence or of the message, or words that end an urging or a wish ("kill
	 * your self already", "hurt my self tonight"). Anything else may be a word made with
	 * "self" ("your self esteem", "kill your self doubt", "cut your self some slack",
	 * "your self critic"), and those are too many to list, so they are left apart.
	 */
	private static final Set<String> AFTER_REFLEXIVE = Set.of("already", "now", "lol", "lmao", "please", "pls", "bitch",
			"loser", "idiot", "freak", "dude", "bro", "man", "fr", "ngl", "right", "tonight", "today", "tomorrow",
			"again", "and", "or", "then", "too", "with", "in", "by", "pussy", "retard", "you", "u", "haha", "lmfao",
			"omg", "seriously", "honestly", "for", "so", "because", "cuz", "bc", "if", "i", "im", "every", "anyway",
			"just", "ok", "okay", "xd");

	/**
	 * The reflexive pronoun that {@code previous} and {@code part} (a canonical token of
	 * raw token {@code r}) are written apart, or null.
	 */
	private String reflexive(String previous, String part, List<Tokenizer.Raw> raws, int r, char[] folded, int m) {
		String reflexive = part.equals("self") ? REFLEXIVES.get(previous)
				: part.equals("selves") ? PLURAL_REFLEXIVES.get(previous) : null;
		if (reflexive == null) {
			return null;
		}
		Tokenizer.Raw raw = raws.get(r);
		if (raw.end() < m && (folded[raw.end()] == '-' || folded[raw.end()] == '\'')) {
			return null;
		}
		if (r + 1 >= raws.size() || raws.get(r + 1).punct()) {
			return reflexive;
		}
		String[] next = canonicalize(raws.get(r + 1).text());
		return next.length > 0 && AFTER_REFLEXIVE.contains(next[0]) ? reflexive : null;
	}

	private boolean readsAsWords(String joined) {
		String[] parts = canonicalize(joined);
		for (String part : parts) {
			if (!vocabulary.isKnown(part)) {
				return false;
			}
		}
		return parts.length > 0;
	}

	/** The canonical token(s) for one raw token; cached. */
	String[] canonicalize(String raw) {
		String[] cached = cache.get(raw);
		if (cached != null) {
			return cached;
		}
		String[] result = compute(raw);
		if (cache.size() < CACHE_LIMIT) {
			cache.put(raw, result);
		}
		return result;
	}

	private String[] compute(String raw) {
		String word = raw;
		boolean allDigits = true;
		for (int i = 0; i < word.length(); i++) {
			if (!Tokenizer.isDigit(word.charAt(i))) {
				allDigits = false;
				break;
			}
		}
		if (allDigits) {
			return new String[] { word };
		}
		if (word.indexOf('*') >= 0) {
			String unmasked = vocabulary.unmask(word);
			word = unmasked != null ? unmasked : word.replace("*", "");
			if (word.isEmpty()) {
				return NO_TOKENS;
			}
		}
		String[] direct = expansions.get(word);
		if (direct != null) {
			return direct;
		}
		word = readLeet(word);
		while (word.startsWith("'")) {
			word = word.substring(1);
		}
		while (word.endsWith("'")) {
			word = word.substring(0, word.length() - 1);
		}
		if (word.isEmpty()) {
			return NO_TOKENS;
		}
		String[] expanded = expand(word);
		if (expanded != null) {
			return expanded;
		}
		String collapsed = collapseRepeats(word);
		if (!collapsed.equals(word)) {
			expanded = expand(collapsed);
			if (expanded != null) {
				return expanded;
			}
			String single = collapseAll(collapsed);
			expanded = expand(single);
			if (expanded != null) {
				return expanded;
			}
			word = collapsed;
		}
		int apostrophe = word.indexOf('\'');
		if (apostrophe > 0) {
			String base = word.substring(0, apostrophe);
			String suffix = word.substring(apostrophe + 1);
			String[] head = canonicalize(base);
			String tail = switch (suffix) {
				case "s" -> "s";
				case "re" -> "are";
				case "ve" -> "have";
				case "ll" -> "will";
				case "d" -> "would";
				case "m" -> "am";
				case "t" -> "not";
				default -> suffix;
			};
			if (suffix.equals("t") && base.endsWith("n")) {
				String[] stem = canonicalize(base.substring(0, base.length() - 1));
				String[] out = java.util.Arrays.copyOf(stem, stem.length + 1);
				out[stem.length] = "not";
				return out;
			}
			String[] out = java.util.Arrays.copyOf(head, head.length + 1);
			out[head.length] = tail;
			return out;
		}
		if (!isAscii(word)) {
			return new String[] { word };
		}
		String repaired = vocabulary.repair(word);
		if (repaired != null) {
			String[] e = expand(repaired);
			return e != null ? e : new String[] { repaired };
		}
		if (word.length() >= 5 && vocabulary.maySplit(word)) {
			String[] split = split(word);
			if (split != null) {
				return split;
			}
			String[] segmented = word.length() >= 9 ? segment(word) : null;
			if (segmented != null) {
				return segmented;
			}
		}
		return new String[] { word };
	}

	/**
	 * Acts of self-harm; a run of three or more words glued together is read apart only
	 * when one of them is among these ("youshouldkillyourself", "tonightiendit").
	 */
	private static final Set<String> ACTS = Set.of("kill", "die", "end", "cut", "hang", "hurt", "harm", "starve",
			"jump", "overdose", "suicide", "drown", "shoot", "slit", "myself", "yourself");

	private static final int LONGEST_PART = 16;

	/**
	 * Whether an act of {@link #ACTS} occurs in the word at all: most long tokens go no
	 * further.
	 */
	private static boolean containsAnAct(String word) {
		for (String act : ACTS) {
			if (word.contains(act)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads a long unknown token as three or more known words run together, the fewest
	 * that cover it (each of two letters or more, or "i", "a", "u"), when one of them is
	 * an act of self-harm; null otherwise. The known words are the rules' own, so an
	 * ordinary long word rarely falls apart into them, and the act keeps the reading to
	 * what the rules are for.
	 */
	private String[] segment(String word) {
		if (!containsAnAct(word)) {
			return null;
		}
		int n = word.length();
		int[] parts = new int[n + 1];
		int[] from = new int[n + 1];
		java.util.Arrays.fill(parts, Integer.MAX_VALUE);
		parts[0] = 0;
		for (int end = 1; end <= n; end++) {
			for (int start = Math.max(0, end - LONGEST_PART); start < end; start++) {
				if (parts[start] == Integer.MAX_VALUE || parts[start] + 1 >= parts[end]) {
					continue;
				}
				String piece = word.substring(start, end);
				boolean single = piece.length() == 1;
				if ((single && !piece.equals("i") && !piece.equals("a") && !piece.equals("u"))
						|| expand(piece) == null) {
					continue;
				}
				parts[end] = parts[start] + 1;
				from[end] = start;
			}
		}
		if (parts[n] == Integer.MAX_VALUE || parts[n] < 3) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (int end = n; end > 0; end = from[end]) {
			out.addAll(0, List.of(expand(word.substring(from[end], end))));
		}
		for (String part : out) {
			if (ACTS.contains(part)) {
				return out.toArray(NO_TOKENS);
			}
		}
		return null;
	}

	private static boolean isAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) > 0x7f) {
				return false;
			}
		}
		return true;
	}

	/** Expansion or the word itself when the vocabulary knows it; null otherwise. */
	private String[] expand(String word) {
		String[] e = expansions.get(word);
		if (e != null) {
			return e;
		}
		return vocabulary.isKnown(word) ? new String[] { word } : null;
	}

	private String[] split(String word) {
		String[] best = null;
		int bestScore = 0;
		for (int i = 1; i < word.length(); i++) {
			String left = word.substring(0, i);
			String right = word.substring(i);
			String[] l = expand(left);
			String[] r = expand(right);
			if (l == null || r == null) {
				continue;
			}
			boolean singleOk = (left.length() > 1 || left.equals("i") || left.equals("a"))
					&& (right.length() > 1 || right.equals("a"));
			if (!singleOk) {
				continue;
			}
			if (!vocabulary.isContent(left) && !vocabulary.isContent(right)) {
				continue;
			}
			int score = Math.max(left.length(), right.length());
			if (score > bestScore) {
				bestScore = score;
				String[] joined = new String[l.length + r.length];
				System.arraycopy(l, 0, joined, 0, l.length);
				System.arraycopy(r, 0, joined, l.length, r.length);
				best = joined;
			}
		}
		return best;
	}

	/**
	 * Reads digits and symbols inside letters as the letters they stand for, preferring a
	 * known word.
	 */
	private String readLeet(String word) {
		boolean hasLetter = false;
		boolean hasLeet = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Tokenizer.isLetter(c)) {
				hasLetter = true;
			}
			else if (Tokenizer.isDigit(c) || Tokenizer.isLeetSymbol(c)) {
				hasLeet = true;
			}
		}
		if (!hasLetter || !hasLeet || ORDINAL.matcher(word).matches()) {
			return word;
		}
		String asI = translate(word, 'i');
		if (word.indexOf('1') < 0 && word.indexOf('|') < 0 && word.indexOf('!') < 0) {
			return asI;
		}
		String asL = translate(word, 'l');
		if (vocabulary.isKnown(asL) || expansions.containsKey(asL)) {
			return asL;
		}
		if (vocabulary.isKnown(asI) || expansions.containsKey(asI)) {
			return asI;
		}
		String collapsedL = collapseAll(asL);
		if (vocabulary.isKnown(collapsedL)) {
			return asL;
		}
		return asI;
	}

	/** An ordinal number ("3rd", "21st"), which is no leet. */
	private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[0-9]+(?:st|nd|rd|th|s)");

	private static String translate(String word, char one) {
		StringBuilder b = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			b.append(switch (c) {
				case '0' -> 'o';
				case '1', '|', '!' -> one;
				case '3', '€' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7', '+' -> 't';
				case '8' -> 'b';
				case '9' -> 'g';
				case '6' -> 'g';
				case '2' -> 'z';
				case '£' -> 'l';
				default -> c;
			});
		}
		return b.toString();
	}

	private static String collapseRepeats(String word) {
		StringBuilder b = new StringBuilder(word.length());
		int run = 0;
		char prev = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			run = c == prev ? run + 1 : 1;
			prev = c;
			if (run <= 2) {
				b.append(c);
			}
		}
		return b.toString();
	}

	private static String collapseAll(String word) {
		StringBuilder b = new StringBuilder(word.length());
		char prev = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c != prev) {
				b.append(c);
			}
			prev = c;
		}
		return b.toString();
	}

	/** A growable int array. */
	private static final class IntList {

		private int[] data = new int[16];

		private int size;

		void add(int v) {
			if (size == data.length) {
				data = java.util.Arrays.copyOf(data, size * 2);
			}
			data[size++] = v;
		}

		int get(int i) {
			return data[i];
		}

		void set(int i, int v) {
			data[i] = v;
		}

		int[] toArray() {
			return java.util.Arrays.copyOf(data, size);
		}

	}

}
