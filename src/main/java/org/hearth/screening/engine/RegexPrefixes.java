package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The literal beginnings a regular expression's matches must have. For a pattern P the
 * result is a set of strings such that every string P can match (at any position, with
 * any surrounding text) starts with at least one of them; the empty string in the set
 * means "no constraint". Used to try a rule only at the token starts where one of its
 * beginnings occurs, instead of at every character.
 *
 * <p>
 * The analysis only ever shortens or drops a beginning when it is unsure (character
 * classes, repetitions, too many alternatives), so it may over-approximate the positions
 * where a rule can match but never under-approximates them. Lookarounds and anchors take
 * no characters and are skipped. Syntax it does not know (inline flags, back-references,
 * named groups) makes the whole pattern unconstrained.
 */
final class RegexPrefixes {

	/**
	 * Beginnings are cut at this many characters: longer ones select no better in
	 * practice.
	 */
	static final int MAX_LENGTH = 8;

	/** When a pattern has more beginnings than this, the expansion stops where it is. */
	static final int MAX_COUNT = 1024;

	private RegexPrefixes() {
	}

	/**
	 * The minimal set of literal beginnings of {@code regex}; {@code {""}} when
	 * unconstrained.
	 */
	static Set<String> of(String regex) {
		return of(regex, new ConcurrentHashMap<>());
	}

	/**
	 * As {@link #of(String)}, sharing the beginnings of identical groups through
	 * {@code memo} (rules repeat the same word-list groups many times); the memo may be
	 * shared between threads.
	 */
	static Set<String> of(String regex, Map<String, Object> memo) {
		Set<Prefix> prefixes;
		try {
			Parser parser = new Parser(regex, memo);
			Node node = parser.alternation();
			if (parser.pos != regex.length()) {
				return Set.of("");
			}
			prefixes = node.prefixes();
		}
		catch (UnanalysableSyntax | IndexOutOfBoundsException | IllegalArgumentException e) {
			return Set.of("");
		}
		TreeSet<String> sorted = new TreeSet<>();
		for (Prefix p : prefixes) {
			sorted.add(p.text.length() > MAX_LENGTH ? p.text.substring(0, MAX_LENGTH) : p.text);
		}
		// keep only the minimal ones: a beginning that extends another adds no position
		Set<String> minimal = new LinkedHashSet<>();
		String last = null;
		for (String s : sorted) {
			if (last != null && s.startsWith(last)) {
				continue;
			}
			minimal.add(s);
			last = s;
		}
		return minimal.contains("") ? Set.of("") : Set.copyOf(minimal);
	}

	/**
	 * A literal beginning; {@code open} when it covers the whole of its node, so what
	 * follows may extend it.
	 */
	private record Prefix(String text, boolean open) {
		Prefix closed() {
			return open ? new Prefix(text, false) : this;
		}
	}

	private static final Set<Prefix> EMPTY_OPEN = Set.of(new Prefix("", true));

	private static final Set<Prefix> EMPTY_CLOSED = Set.of(new Prefix("", false));

	private static Set<Prefix> closeAll(Set<Prefix> set) {
		Set<Prefix> out = new LinkedHashSet<>();
		for (Prefix p : set) {
			out.add(p.closed());
		}
		return out;
	}

	/**
	 * Cuts the beginnings shorter until there are at most {@link #MAX_COUNT} of them (a
	 * cut one is closed).
	 */
	private static Set<Prefix> shrink(Set<Prefix> set) {
		for (int length = MAX_LENGTH; length >= 0; length--) {
			Set<Prefix> out = new LinkedHashSet<>();
			for (Prefix p : set) {
				out.add(p.text.length() <= length ? p : new Prefix(p.text.substring(0, length), false));
			}
			if (out.size() <= MAX_COUNT) {
				return out;
			}
		}
		return EMPTY_CLOSED;
	}

	/** A parsed pattern element. */
	private interface Node {

		Set<Prefix> prefixes();

	}

	/**
	 * One of a few literal characters (a literal, or a small positive class like
	 * {@code [sz]}).
	 */
	private record Chars(String chars) implements Node {
		public Set<Prefix> prefixes() {
			Set<Prefix> out = new LinkedHashSet<>();
			for (int i = 0; i < chars.length(); i++) {
				out.add(new Prefix(String.valueOf(chars.charAt(i)), true));
			}
			return out;
		}
	}

	/** A run of plain characters. */
	private record Literal(String text) implements Node {
		public Set<Prefix> prefixes() {
			return Set.of(new Prefix(text, true));
		}
	}

	/** A character from a large or negated class, or any character. */
	private record AnyChar() implements Node {
		public Set<Prefix> prefixes() {
			return EMPTY_CLOSED;
		}
	}

	/** Takes no characters: lookarounds, anchors, word boundaries. */
	private record ZeroWidth() implements Node {
		public Set<Prefix> prefixes() {
			return EMPTY_OPEN;
		}
	}

	private record Alternation(List<Node> branches) implements Node {
		public Set<Prefix> prefixes() {
			Set<Prefix> out = new LinkedHashSet<>();
			for (Node branch : branches) {
				out.addAll(branch.prefixes());
				if (out.size() > MAX_COUNT) {
					out = shrink(out);
				}
			}
			return out;
		}
	}

	private record Sequence(List<Node> items) implements Node {
		public Set<Prefix> prefixes() {
			Set<Prefix> current = EMPTY_OPEN;
			for (Node item : items) {
				boolean anyOpen = false;
				for (Prefix p : current) {
					anyOpen |= p.open && p.text.length() < MAX_LENGTH;
				}
				if (!anyOpen) {
					return closeAll(current);
				}
				current = join(current, item.prefixes());
			}
			return current;
		}
	}

	/**
	 * Every beginning of {@code current} followed by every beginning of {@code next}, cut
	 * to a length limit; the limit is lowered until there are at most {@link #MAX_COUNT}
	 * of them.
	 */
	private static Set<Prefix> join(Set<Prefix> current, Set<Prefix> next) {
		for (int limit = MAX_LENGTH; limit >= 0; limit--) {
			List<Set<Prefix>> cut = new ArrayList<>();
			for (int k = 0; k <= limit; k++) {
				cut.add(null);
			}
			Set<Prefix> joined = new LinkedHashSet<>();
			boolean overflow = false;
			for (Prefix p : current) {
				int room = limit - p.text.length();
				if (!p.open || room <= 0) {
					joined.add(cut(p, limit));
				}
				else {
					Set<Prefix> tails = cut.get(room);
					if (tails == null) {
						tails = new LinkedHashSet<>();
						for (Prefix q : next) {
							tails.add(cut(q, room));
						}
						cut.set(room, tails);
					}
					for (Prefix q : tails) {
						joined.add(new Prefix(p.text + q.text, q.open));
					}
				}
				if (joined.size() > MAX_COUNT) {
					overflow = true;
					break;
				}
			}
			if (!overflow) {
				return joined;
			}
		}
		return EMPTY_CLOSED;
	}

	private static Prefix cut(Prefix p, int length) {
		return p.text.length() < length || (p.text.length() == length && !p.open) ? p
				: p.text.length() == length ? p.closed() : new Prefix(p.text.substring(0, length), false);
	}

	private record Repeat(Node body, int min, int max) implements Node {
		public Set<Prefix> prefixes() {
			if (max == 0) {
				return EMPTY_OPEN;
			}
			Set<Prefix> once = body.prefixes();
			Set<Prefix> out = new LinkedHashSet<>();
			if (min == 0) {
				out.add(new Prefix("", true));
			}
			// exactly one repetition keeps its beginnings open; more are cut after the
			// first
			out.addAll(min <= 1 && max == 1 ? once : closeAll(once));
			return out;
		}
	}

	/** A group whose beginnings are remembered by its source text. */
	private record Memo(String source, Node inner, Map<String, Object> memo) implements Node {
		@SuppressWarnings("unchecked")
		public Set<Prefix> prefixes() {
			Object known = memo.get(source);
			if (known == null) {
				known = inner.prefixes();
				memo.put(source, known);
			}
			return (Set<Prefix>) known;
		}
	}

	/** Recursive-descent parser for the java.util.regex subset the rules use. */
	private static final class Parser {

		final String s;

		final Map<String, Object> memo;

		int pos;

		Parser(String s, Map<String, Object> memo) {
			this.s = s;
			this.memo = memo;
		}

		Node alternation() {
			List<Node> branches = new ArrayList<>();
			branches.add(sequence());
			while (pos < s.length() && s.charAt(pos) == '|') {
				pos++;
				branches.add(sequence());
			}
			return branches.size() == 1 ? branches.get(0) : new Alternation(branches);
		}

		Node sequence() {
			List<Node> items = new ArrayList<>();
			StringBuilder literal = new StringBuilder();
			while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
				Node atom = atom();
				Node item = quantified(atom);
				if (item instanceof Chars chars && chars.chars().length() == 1) {
					literal.append(chars.chars()); // runs of plain characters become one
													// literal
					continue;
				}
				if (literal.length() > 0) {
					items.add(new Literal(literal.toString()));
					literal.setLength(0);
				}
				items.add(item);
			}
			if (literal.length() > 0) {
				items.add(new Literal(literal.toString()));
			}
			if (items.isEmpty()) {
				return new ZeroWidth();
			}
			return items.size() == 1 ? items.get(0) : new Sequence(items);
		}

		Node quantified(Node atom) {
			if (pos >= s.length()) {
				return atom;
			}
			char c = s.charAt(pos);
			int min;
			int max;
			if (c == '?') {
				min = 0;
				max = 1;
				pos++;
			}
			else if (c == '*') {
				min = 0;
				max = Integer.MAX_VALUE;
				pos++;
			}
			else if (c == '+') {
				min = 1;
				max = Integer.MAX_VALUE;
				pos++;
			}
			else if (c == '{' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
				int close = s.indexOf('}', pos);
				String spec = s.substring(pos + 1, close);
				int comma = spec.indexOf(',');
				if (comma < 0) {
					min = max = Integer.parseInt(spec);
				}
				else {
					min = Integer.parseInt(spec.substring(0, comma));
					max = comma == spec.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(spec.substring(comma + 1));
				}
				pos = close + 1;
			}
			else {
				return atom;
			}
			if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
				pos++; // lazy or possessive: the same or fewer strings, so the same
						// beginnings hold
			}
			return quantified(new Repeat(atom, min, max));
		}

		Node atom() {
			char c = s.charAt(pos);
			switch (c) {
				case '(' -> {
					return group();
				}
				case '[' -> {
					return charClass();
				}
				case '.' -> {
					pos++;
					return new AnyChar();
				}
				case '^', '$' -> {
					pos++;
					return new ZeroWidth();
				}
				case '\\' -> {
					return escape();
				}
				case '*', '+', '?', '{' -> throw new UnanalysableSyntax("dangling quantifier");
				default -> {
					pos++;
					return new Chars(String.valueOf(c));
				}
			}
		}

		Node group() {
			int start = pos;
			pos++; // (
			boolean zeroWidth = false;
			if (s.startsWith("?:", pos)) {
				pos += 2;
			}
			else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
				pos += 2;
				zeroWidth = true;
			}
			else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
				pos += 3;
				zeroWidth = true;
			}
			else if (s.startsWith("?", pos)) {
				throw new UnanalysableSyntax("group syntax at " + pos);
			}
			Node inner = alternation();
			if (pos >= s.length() || s.charAt(pos) != ')') {
				throw new IllegalArgumentException("unclosed group");
			}
			pos++;
			if (zeroWidth) {
				return new ZeroWidth();
			}
			return pos - start > 64 ? new Memo(s.substring(start, pos), inner, memo) : inner;
		}

		Node escape() {
			char e = s.charAt(pos + 1);
			pos += 2;
			switch (e) {
				case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X', 'N' -> {
					return new AnyChar();
				}
				case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
					return new ZeroWidth();
				}
				case 'n' -> {
					return new Chars("\n");
				}
				case 't' -> {
					return new Chars("\t");
				}
				case 'r' -> {
					return new Chars("\r");
				}
				case 'f' -> {
					return new Chars("\f");
				}
				case 'u' -> {
					char ch = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
					pos += 4;
					return new Chars(String.valueOf(ch));
				}
				case 'Q' -> {
					int end = s.indexOf("\\E", pos);
					String literal = end < 0 ? s.substring(pos) : s.substring(pos, end);
					pos = end < 0 ? s.length() : end + 2;
					List<Node> chars = new ArrayList<>();
					for (int i = 0; i < literal.length(); i++) {
						chars.add(new Chars(String.valueOf(literal.charAt(i))));
					}
					return chars.isEmpty() ? new ZeroWidth() : chars.size() == 1 ? chars.get(0) : new Sequence(chars);
				}
				default -> {
					if (Character.isLetterOrDigit(e)) {
						throw new UnanalysableSyntax("escape \\" + e);
					}
					return new Chars(String.valueOf(e));
				}
			}
		}

		/**
		 * A class: a small positive set of literal characters stays literal, anything
		 * else is any character.
		 */
		Node charClass() {
			pos++; // [
			boolean negated = false;
			if (s.charAt(pos) == '^') {
				negated = true;
				pos++;
			}
			StringBuilder chars = new StringBuilder();
			boolean large = false;
			boolean first = true;
			while (s.charAt(pos) != ']' || first) {
				first = false;
				char c = s.charAt(pos);
				if (c == '[' || (c == '&' && s.startsWith("&&", pos))) {
					throw new UnanalysableSyntax("nested class");
				}
				char lo;
				if (c == '\\') {
					char e = s.charAt(pos + 1);
					if (e == 'u') {
						lo = (char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16);
						pos += 6;
					}
					else if (Character.isLetterOrDigit(e)) {
						large = true; // \w, \d, \p{..} and the like
						pos += 2;
						if (e == 'p' || e == 'P') {
							pos = s.indexOf('}', pos) + 1;
						}
						continue;
					}
					else {
						lo = e;
						pos += 2;
					}
				}
				else {
					lo = c;
					pos++;
				}
				if (s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
					pos++;
					char hi;
					if (s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u') {
						hi = (char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16);
						pos += 6;
					}
					else if (s.charAt(pos) == '\\') {
						hi = s.charAt(pos + 1);
						pos += 2;
					}
					else {
						hi = s.charAt(pos);
						pos++;
					}
					if (hi - lo > 8) {
						large = true;
					}
					else {
						for (char ch = lo; ch <= hi; ch++) {
							chars.append(ch);
						}
					}
				}
				else {
					chars.append(lo);
				}
			}
			pos++; // ]
			if (negated || large || chars.length() > 8) {
				return new AnyChar();
			}
			return new Chars(chars.toString());
		}

	}

	/**
	 * Syntax this analysis does not follow; the rule is then tried at every position, as
	 * if it had no known beginning.
	 */
	private static final class UnanalysableSyntax extends RuntimeException {

		UnanalysableSyntax(String message) {
			super(message, null, false, false);
		}

	}

}
