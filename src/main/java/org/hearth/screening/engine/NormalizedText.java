package org.hearth.screening.engine;

import java.util.Arrays;

/**
 * A message rewritten as canonical tokens separated by single spaces, with a map from
 * every token back to the span of the original text it came from. Rules match the
 * canonical form; findings report original offsets.
 */
final class NormalizedText {

	private final String original;

	private final String canonical;

	private final int[] tokenCanonStart;

	private final int[] tokenOrigStart;

	private final int[] tokenOrigEnd;

	private final String[] tokens;

	NormalizedText(String original, String canonical, String[] tokens, int[] tokenCanonStart, int[] tokenOrigStart,
			int[] tokenOrigEnd) {
		this.original = original;
		this.tokens = tokens;
		this.canonical = canonical;
		this.tokenCanonStart = tokenCanonStart;
		this.tokenOrigStart = tokenOrigStart;
		this.tokenOrigEnd = tokenOrigEnd;
	}

	/** The text as written. */
	public String original() {
		return original;
	}

	/** Canonical tokens joined by single spaces. */
	public String canonical() {
		return canonical;
	}

	/** Number of tokens. */
	public int tokenCount() {
		return tokenCanonStart.length;
	}

	/** Canonical text of one token. */
	public String token(int index) {
		return tokens[index];
	}

	/**
	 * Index of the token covering a canonical offset (the next token when it falls on a
	 * space).
	 */
	public int tokenAt(int canonOffset) {
		int i = Arrays.binarySearch(tokenCanonStart, canonOffset);
		if (i >= 0) {
			return i;
		}
		int insertion = -i - 1;
		return Math.max(0, insertion - 1);
	}

	/** Canonical offset where a token starts. */
	public int canonStart(int token) {
		return tokenCanonStart[token];
	}

	/** Original start offset of a token. */
	public int originalStart(int token) {
		return tokenOrigStart[token];
	}

	/** Original end offset (exclusive) of a token. */
	public int originalEnd(int token) {
		return tokenOrigEnd[token];
	}

	/** Original span {start, end} of a canonical range [canonStart, canonEnd). */
	public int[] originalSpan(int canonStart, int canonEnd) {
		if (tokenCanonStart.length == 0) {
			return new int[] { 0, 0 };
		}
		int first = tokenAt(canonStart);
		int last = tokenAt(Math.max(canonStart, canonEnd - 1));
		int start = tokenOrigStart[first];
		int end = tokenOrigEnd[last];
		for (int t = first; t <= last; t++) {
			start = Math.min(start, tokenOrigStart[t]);
			end = Math.max(end, tokenOrigEnd[t]);
		}
		return new int[] { start, end };
	}

}
