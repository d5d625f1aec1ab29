package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Where each pattern may start in a canonical text, found in one pass. Every pattern gets
 * the literal beginnings its matches must have ({@link RegexPrefixes}); all of them go
 * into one character trie, and a text is walked through the trie from each token start
 * (at most {@link RegexPrefixes#MAX_LENGTH} characters per token). A pattern is then
 * tried only at the token starts where one of its beginnings was seen, which gives
 * exactly the matches a full {@code Matcher.find()} would give (the patterns start with
 * {@code (?<![^ ])}, so they can only match at a token start), at a fraction of the cost.
 *
 * <p>
 * Immutable and thread-safe; per-text results live in a {@link Starts}, which a thread
 * reuses.
 */
final class AnchorIndex {

	private static final char[] NO_KEYS = new char[0];

	private static final int[] NO_INTS = new int[0];

	private final int patterns;

	private final char[][] keys;

	private final int[][] children;

	private final int[][] ends;

	/**
	 * For nodes with many children: child by ASCII character (-1 when none), else null.
	 */
	private final int[][] dense;

	/** An index of the given patterns; pattern {@code i} is reported as {@code i}. */
	AnchorIndex(List<String> regexes) {
		this.patterns = regexes.size();
		List<TreeMap<Character, Integer>> kids = new ArrayList<>();
		List<List<Integer>> at = new ArrayList<>();
		kids.add(new TreeMap<>());
		at.add(new ArrayList<>());
		Map<String, Object> memo = new ConcurrentHashMap<>();
		List<Set<String>> all = IntStream.range(0, regexes.size())
			.parallel()
			.mapToObj(i -> RegexPrefixes.of(regexes.get(i), memo))
			.toList();
		for (int i = 0; i < regexes.size(); i++) {
			Set<String> prefixes = all.get(i);
			for (String prefix : prefixes) {
				int node = 0;
				for (int c = 0; c < prefix.length(); c++) {
					Integer child = kids.get(node).get(prefix.charAt(c));
					if (child == null) {
						child = kids.size();
						kids.get(node).put(prefix.charAt(c), child);
						kids.add(new TreeMap<>());
						at.add(new ArrayList<>());
					}
					node = child;
				}
				if (!at.get(node).contains(i)) {
					at.get(node).add(i);
				}
			}
		}
		int n = kids.size();
		keys = new char[n][];
		children = new int[n][];
		ends = new int[n][];
		dense = new int[n][];
		for (int node = 0; node < n; node++) {
			TreeMap<Character, Integer> map = kids.get(node);
			keys[node] = map.isEmpty() ? NO_KEYS : new char[map.size()];
			children[node] = map.isEmpty() ? NO_INTS : new int[map.size()];
			int k = 0;
			for (var e : map.entrySet()) {
				keys[node][k] = e.getKey();
				children[node][k] = e.getValue();
				k++;
			}
			if (map.size() > 6 && map.lastKey() < 128) {
				dense[node] = new int[128];
				Arrays.fill(dense[node], -1);
				for (var e : map.entrySet()) {
					dense[node][e.getKey()] = e.getValue();
				}
			}
			List<Integer> list = at.get(node);
			ends[node] = list.isEmpty() ? null : list.stream().mapToInt(Integer::intValue).sorted().toArray();
		}
	}

	/** Number of patterns indexed. */
	int patterns() {
		return patterns;
	}

	/**
	 * Records in {@code starts} every token start of {@code text} where each pattern may
	 * begin.
	 */
	void scan(NormalizedText text, Starts starts) {
		starts.reset(patterns);
		String canon = text.canonical();
		int length = canon.length();
		for (int t = 0; t < text.tokenCount(); t++) {
			int p = text.canonStart(t);
			int node = 0;
			int i = p;
			while (true) {
				int[] here = ends[node];
				if (here != null) {
					for (int pattern : here) {
						starts.add(pattern, p);
					}
				}
				if (i >= length) {
					break;
				}
				node = child(node, canon.charAt(i++));
				if (node < 0) {
					break;
				}
			}
		}
	}

	private int child(int node, char c) {
		int[] table = dense[node];
		if (table != null) {
			return c < 128 ? table[c] : -1;
		}
		char[] k = keys[node];
		for (int j = 0; j < k.length; j++) {
			if (k[j] == c) {
				return children[node][j];
			}
		}
		return -1;
	}

	/**
	 * Per-text candidate start offsets for every pattern, in increasing order, kept in
	 * linked lists over flat arrays so a thread can reuse one instance for every text
	 * without allocating.
	 */
	static final class Starts {

		private int[] head = NO_INTS;

		private int[] tail = NO_INTS;

		private int[] next = new int[64];

		private int[] offset = new int[64];

		private int size;

		void reset(int patterns) {
			if (head.length < patterns) {
				head = new int[patterns];
				tail = new int[patterns];
			}
			Arrays.fill(head, 0, patterns, -1);
			size = 0;
		}

		void add(int pattern, int start) {
			if (size == next.length) {
				next = Arrays.copyOf(next, size * 2);
				offset = Arrays.copyOf(offset, size * 2);
			}
			next[size] = -1;
			offset[size] = start;
			if (head[pattern] < 0) {
				head[pattern] = size;
			}
			else {
				next[tail[pattern]] = size;
			}
			tail[pattern] = size;
			size++;
		}

		/** First entry for a pattern, or -1. */
		int first(int pattern) {
			return head[pattern];
		}

		/** The entry after {@code entry}, or -1. */
		int next(int entry) {
			return next[entry];
		}

		/** Canonical offset of an entry. */
		int offset(int entry) {
			return offset[entry];
		}

	}

}
