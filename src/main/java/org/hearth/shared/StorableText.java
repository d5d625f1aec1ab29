package org.hearth.shared;

/**
 * Text as PostgreSQL can keep it. PostgreSQL refuses the NUL character in text (the whole
 * statement fails, and with it the transaction), and a lone UTF-16 surrogate has no UTF-8
 * form. Text that came from outside (a screened message, a platform's handle) is cleaned
 * with {@link #clean} before it is stored or put into an event, so that a stray character
 * can never stop a report from being filed.
 */
public final class StorableText {

	/** What stands in for a lone surrogate: the Unicode replacement character. */
	static final char REPLACEMENT = '\uFFFD';

	private StorableText() {
	}

	/**
	 * The text without NUL characters and with every unpaired surrogate replaced by
	 * U+FFFD; the same instance when there is nothing to change, and {@code null} for
	 * {@code null}.
	 */
	public static String clean(String text) {
		if (text == null || isStorable(text)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				clean.append(REPLACEMENT);
			}
			else {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/**
	 * Text typed into a form or sent in a request, as Hearth keeps it: without control
	 * characters other than tab and line breaks (NUL, escape, bell and the rest are never
	 * typed on purpose and PostgreSQL refuses NUL), and with unpaired surrogates replaced
	 * as in {@link #clean}; the same instance when there is nothing to change.
	 */
	public static String typed(String text) {
		if (text == null) {
			return null;
		}
		int first = firstControl(text);
		if (first < 0) {
			return clean(text);
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c)) {
				kept.append(c);
			}
		}
		return clean(kept.toString());
	}

	private static int firstControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
	}

	/** Whether PostgreSQL can store the text as it is. */
	public static boolean isStorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return false;
			}
			if (Character.isSurrogate(c)) {
				if (!Character.isHighSurrogate(c) || i + 1 == text.length()
						|| !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

	/**
	 * Whether the text shows nothing to a reader: empty, or only spaces and characters
	 * that draw nothing (zero-width and other format characters, Hangul fillers, the
	 * blank Braille pattern, and marks that only combine with a letter, such as the
	 * combining grapheme joiner, with no letter to combine with). A name, title or reason
	 * made of those would show as empty and is refused like an empty one.
	 */
	public static boolean looksBlank(String text) {
		if (text == null) {
			return true;
		}
		return text.codePoints().allMatch(StorableText::drawsNothing);
	}

	private static boolean drawsNothing(int c) {
		int type = Character.getType(c);
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
				|| type == Character.CONTROL || type == Character.NON_SPACING_MARK || c == 0x3164 || c == 0x115F
				|| c == 0x1160 || c == 0xFFA0 || c == 0x2800 || (c >= 0xFE00 && c <= 0xFE0F)
				|| (c >= 0xE0100 && c <= 0xE01EF);
	}

}
