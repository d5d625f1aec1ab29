package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits folded text into word tokens (letters and digits, with the masks, leet symbols
 * and apostrophes that can sit inside a word; handles are dropped) and the punctuation
 * tokens rules care about (sentence ends, questions, commas, quotes), and joins runs of
 * spaced-out letters that read as words. Stateless.
 */
final class Tokenizer {

	private static final int MAX_SPACED_WORD = 24;

	private Tokenizer() {
	}

	/**
	 * A token of the folded text, {@code start} to {@code end} (exclusive); a punctuation
	 * token's text is its canonical mark.
	 */
	record Raw(String text, int start, int end, boolean punct) {
	}

	static boolean isLetter(char c) {
		return Character.isLetter(c);
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isLeetSymbol(char c) {
		return c == '@' || c == '$' || c == '!' || c == '|' || c == '+' || c == '€' || c == '£';
	}

	/**
	 * Splits folded characters into word tokens and the punctuation tokens rules care
	 * about.
	 */
	static List<Raw> scan(char[] s, int n) {
		List<Raw> out = new ArrayList<>();
		int i = 0;
		while (i < n) {
			char c = s[i];
			if (c == '@' && i + 1 < n && (isLetter(s[i + 1]) || isDigit(s[i + 1]) || s[i + 1] == '_')
					&& (i == 0 || !isLetter(s[i - 1]))) {
				int j = i + 1;
				while (j < n && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '_')) {
					j++;
				}
				i = j;
				continue;
			}
			if (isLetter(c) || isDigit(c)
					|| (c == '*' && i + 1 < n && isLetter(s[i + 1]) && i > 0 && isLetter(s[i - 1]))
					|| (isLeetSymbol(c) && c != '!' && i + 1 < n && isLetter(s[i + 1])
							&& (i == 0 || !isLetter(s[i - 1])) && c != '@')) {
				int j = i + 1;
				while (j < n) {
					char d = s[j];
					if (isLetter(d) || isDigit(d)) {
						j++;
					}
					else if (d == '*' && (isLetter(s[j - 1]) || s[j - 1] == '*')) {
						j++;
					}
					else if (d == '\'' && j + 1 < n && isLetter(s[j + 1])) {
						j++;
					}
					else if (isLeetSymbol(d) && (isLetter(s[j - 1]) || isDigit(s[j - 1]))
							&& ((j + 1 < n && (isLetter(s[j + 1]) || (d != '!' && isLeetSymbol(s[j + 1]))))
									|| d == '$')) {
						j++;
					}
					else {
						break;
					}
				}
				out.add(new Raw(new String(s, i, j - i), i, j, false));
				i = j;
			}
			else if (c == '.' || c == '!' || c == ';' || c == ':' || c == '\n') {
				int j = i + 1;
				while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '\n')) {
					j++;
				}
				out.add(new Raw(".", i, j, true));
				i = j;
			}
			else if (c == '?') {
				int j = i + 1;
				while (j < n && (s[j] == '?' || s[j] == '!')) {
					j++;
				}
				out.add(new Raw("?", i, j, true));
				i = j;
			}
			else if (c == ',') {
				out.add(new Raw(",", i, i + 1, true));
				i++;
			}
			else if (c == '"') {
				out.add(new Raw("\"", i, i + 1, true));
				i++;
			}
			else {
				i++;
			}
		}
		return out;
	}

	private static boolean isGlue(char c) {
		return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '/' || c == '\'';
	}

	/**
	 * Joins runs of three or more single letters ("k y s", "h.a.t.e") into one token when
	 * {@code readsAsWords} says it reads as words.
	 */
	static List<Raw> joinSpacedLetters(List<Raw> raws, char[] s, Predicate<String> readsAsWords) {
		List<Raw> out = new ArrayList<>(raws.size());
		int i = 0;
		while (i < raws.size()) {
			Raw r = raws.get(i);
			if (!r.punct && r.text.length() == 1 && isLetter(r.text.charAt(0))) {
				int j = i;
				List<Raw> letters = new ArrayList<>();
				letters.add(r);
				int k = i + 1;
				while (k < raws.size()) {
					Raw next = raws.get(k);
					if (next.punct && next.text.equals(".") && next.end - next.start == 1 && k + 1 < raws.size()) {
						k++;
						continue;
					}
					if (next.punct || next.text.length() != 1 || !isLetter(next.text.charAt(0))) {
						break;
					}
					Raw prev = letters.get(letters.size() - 1);
					int gap = next.start - prev.end;
					boolean glued = gap >= 1 && gap <= 3;
					for (int g = prev.end; g < next.start && glued; g++) {
						glued = isGlue(s[g]);
					}
					if (!glued) {
						break;
					}
					letters.add(next);
					j = k;
					k++;
				}
				if (letters.size() >= 3) {
					if (letters.size() <= MAX_SPACED_WORD) {
						StringBuilder word = new StringBuilder();
						for (Raw letter : letters) {
							word.append(letter.text);
						}
						String joined = word.toString();
						if (readsAsWords.test(joined)) {
							out.add(new Raw(joined, letters.get(0).start, letters.get(letters.size() - 1).end, false));
							i = j + 1;
							continue;
						}
						// A stray letter before or after the run ("a walking L. k.y.s",
						// "k y s x"): the longest part of at least three letters that
						// reads as words is joined, the rest stays single letters.
						List<Raw> part = longestReadablePart(letters, readsAsWords);
						if (part != null) {
							// The letters and dots around the part stay as written: "L."
							// still ends its sentence.
							int first = raws.indexOf(part.get(0));
							int last = raws.indexOf(part.get(part.size() - 1));
							out.addAll(raws.subList(i, first));
							StringBuilder partWord = new StringBuilder();
							for (Raw letter : part) {
								partWord.append(letter.text);
							}
							out.add(new Raw(partWord.toString(), part.get(0).start, part.get(part.size() - 1).end,
									false));
							out.addAll(raws.subList(last + 1, j + 1));
							i = j + 1;
							continue;
						}
					}
					out.addAll(letters);
					i = j + 1;
					continue;
				}
			}
			out.add(r);
			i++;
		}
		return out;
	}

	/**
	 * The longest run of at least three consecutive letters of {@code letters}, shorter
	 * than all of them, that reads as words, the earliest of equal length; null when none
	 * does.
	 */
	private static List<Raw> longestReadablePart(List<Raw> letters, Predicate<String> readsAsWords) {
		for (int length = letters.size() - 1; length >= 3; length--) {
			for (int from = 0; from + length <= letters.size(); from++) {
				StringBuilder word = new StringBuilder(length);
				for (int k = from; k < from + length; k++) {
					word.append(letters.get(k).text);
				}
				if (readsAsWords.test(word.toString())) {
					return letters.subList(from, from + length);
				}
			}
		}
		return null;
	}

}
