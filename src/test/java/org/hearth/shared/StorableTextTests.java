package org.hearth.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from outside, made storable, and typed text, kept as a person typed it. */
class StorableTextTests {

	@Test
	void dropsControlCharactersFromTypedTextButKeepsTabsAndLineBreaks() {
		assertThat(StorableText.typed("a\u0000b\u0007c\u001bd\u007fe\tf\ng\r\nh")).isEqualTo("abcde\tf\ng\r\nh");
	}

	@Test
	void replacesALoneSurrogateInTypedTextAndKeepsAPair() {
		assertThat(StorableText.typed("x\uD800y\uD83D\uDE00")).isEqualTo("x\uFFFDy\uD83D\uDE00");
	}

	@Test
	void returnsTypedTextWithNothingToChangeAsItIs() {
		String text = "Nothing to change here, ça va? \uD83D\uDE00";

		assertThat(StorableText.typed(text)).isSameAs(text);
		assertThat(StorableText.typed(null)).isNull();
	}

	@Test
	void cleansOnlyWhatPostgresCannotStore() {
		assertThat(StorableText.clean("a\u0000b\u0007c")).isEqualTo("ab\u0007c");
	}

	@Test
	void takesTextOfOnlyInvisibleCharactersForBlankButNotALetterWithItsMarks() {
		for (String invisible : new String[] { "", " \t", "\u200b\u200b", "\u3164", "\u2800", "\u034f",
				"\u034f\u115f\u3164", "\u17b4\u17b5", "\u180b\u180c\u180d", "\ufe0f" }) {
			assertThat(StorableText.looksBlank(invisible)).as("%s", invisible.codePoints().boxed().toList()).isTrue();
		}
		for (String visible : new String[] { "a", "e\u0301", "\u0915\u093f", "\u20dd", "\uD83D\uDE00" }) {
			assertThat(StorableText.looksBlank(visible)).as(visible).isFalse();
		}
	}

}
