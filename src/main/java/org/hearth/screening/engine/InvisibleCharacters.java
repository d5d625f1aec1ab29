package org.hearth.screening.engine;

/**
 * Characters that render as nothing, or as an empty gap that is not a space, and so can
 * hide a word from a reader's eye but not from a person reading the message: format
 * characters (zero-width spaces and joiners, bidi controls, word joiners, invisible
 * operators, the byte-order mark, the soft hyphen, tag characters), variation selectors,
 * the combining grapheme joiner, the Hangul fillers, the blank Braille pattern, and
 * control characters other than tabs and line breaks (NUL included).
 *
 * <p>
 * The normaliser drops them, so inserting any number of them anywhere in a message leaves
 * what the rules see unchanged. Some of them are also typed in place of a space
 * ("i\u3164want\u3164to\u3164die"); {@link #asSpaces} gives that second reading, which
 * the engine screens as well whenever a message holds one of them. The learned tier reads
 * both too ({@link #dropped} and {@link #asSpaces}), and keeps the higher score of each
 * category, so they cannot hide a message from the model either.
 */
final class InvisibleCharacters {

	private InvisibleCharacters() {
	}

	/** True when the code point is hidden from view and dropped before matching. */
	static boolean isInvisible(int cp) {
		if (cp < 0x80) {
			return cp < 0x20 ? !isLineOrTab(cp) : cp == 0x7F;
		}
		if (cp >= 0x80 && cp <= 0x9F) {
			return cp != 0x85;
		}
		return switch (cp) {
			case 0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x2800, 0x3164, 0xFFA0, 0xFEFF -> true;
			default ->
				(cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0xE0100 && cp <= 0xE01EF)
						|| (cp >= 0xE0000 && cp <= 0xE007F) || Character.getType(cp) == Character.FORMAT;
		};
	}

	private static boolean isLineOrTab(int cp) {
		return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C;
	}

	/**
	 * The text with every invisible character replaced by spaces (one per UTF-16 unit, so
	 * offsets stay the same), or {@code null} when the text holds none.
	 */
	static String asSpaces(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int width = Character.charCount(cp);
			if (isInvisible(cp)) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				for (int k = 0; k < width; k++) {
					chars[i + k] = ' ';
				}
			}
			i += width;
		}
		return chars == null ? null : new String(chars);
	}

	/**
	 * The text with every invisible character dropped, or {@code null} when it holds
	 * none.
	 */
	static String dropped(String text) {
		StringBuilder kept = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int width = Character.charCount(cp);
			if (isInvisible(cp)) {
				if (kept == null) {
					kept = new StringBuilder(text.length()).append(text, 0, i);
				}
			}
			else if (kept != null) {
				kept.appendCodePoint(cp);
			}
			i += width;
		}
		return kept == null ? null : kept.toString();
	}

}
