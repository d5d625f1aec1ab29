package org.hearth.screening;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which phrases an admin may add to or allow in a category. A phrase is read as the rules
 * read messages (spelling tricks undone, punctuation and symbols dropped), so a pattern
 * such as {@code (a+)+$} is the word "a" and would match nearly every message: a phrase
 * must keep at least three letters or digits, and at least one word that is not a very
 * common one ("the", "you", "is").
 */
public final class PhrasePolicy {

	static final int MIN_LETTERS = 3;

	private final Screener screener;

	public PhrasePolicy(Screener screener) {
		this.screener = screener;
	}

	/** Why the phrase cannot be saved, or empty when it can. */
	public Optional<String> refusal(String phrase) {
		String canonical = screener.canonical(phrase).strip();
		long letters = canonical.codePoints().filter(Character::isLetterOrDigit).count();
		if (letters < MIN_LETTERS) {
			return Optional.of("Read the way screening reads messages (spelling tricks undone, punctuation and symbols "
					+ "dropped), \u201c" + phrase + "\u201d "
					+ (canonical.isEmpty() ? "is nothing at all" : "is only \u201c" + canonical + "\u201d")
					+ ", which would match almost every message. Write the words themselves, such as "
					+ "\u201csnowflake brain\u201d: a phrase is plain text, not a pattern.");
		}
		String[] words = Arrays.stream(canonical.split(" "))
			.filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
			.toArray(String[]::new);
		if (Arrays.stream(words).allMatch(screener::isCommonWord)) {
			return Optional
				.of("\u201c" + phrase + "\u201d is made only of very common words (" + String.join(", ", words)
						+ "), so it would match a great many ordinary messages. Add the word that carries the meaning, "
						+ "such as \u201cworthless\u201d in \u201cyou are worthless\u201d.");
		}
		return Optional.empty();
	}

	/** Whether the phrase occurs in the text as screening would find it. */
	public boolean occursIn(String text, String phrase) {
		String canonical = screener.canonical(phrase).strip();
		if (canonical.isEmpty() || text == null) {
			return false;
		}
		return Pattern.compile("(?<![^ ])" + Pattern.quote(canonical) + "(?![^ ])")
			.matcher(screener.canonical(text))
			.find();
	}

}
