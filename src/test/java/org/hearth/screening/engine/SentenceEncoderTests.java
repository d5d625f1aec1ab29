package org.hearth.screening.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encoder gives the tokenizer only the part of a message its windows can reach, so a
 * message of megabytes is read in the same windows without tokenizing all of it.
 */
class SentenceEncoderTests {

	@Test
	void keepsAnOrdinaryMessageWholeAndCutsAHugeOneAtAWhiteSpace() {
		assertThat(SentenceEncoder.readable("i can't do this anymore")).isEqualTo("i can't do this anymore");
		assertThat(SentenceEncoder.readable(null)).isEmpty();
		String huge = "nobody would even notice if I was gone. ".repeat(60_000);
		String read = SentenceEncoder.readable(huge);
		assertThat(read.length()).isLessThanOrEqualTo(SentenceEncoder.MAX_CHARACTERS).isGreaterThan(20_000);
		assertThat(huge).startsWith(read);
		assertThat(Character.isWhitespace(huge.charAt(read.length()))).isTrue();
		String unbroken = "a".repeat(SentenceEncoder.MAX_CHARACTERS * 2);
		assertThat(SentenceEncoder.readable(unbroken)).hasSize(SentenceEncoder.MAX_CHARACTERS);
		String emoji = "x" + "\uD83D\uDE00".repeat(SentenceEncoder.MAX_CHARACTERS);
		String cutEmoji = SentenceEncoder.readable(emoji);
		assertThat(Character.isHighSurrogate(cutEmoji.charAt(cutEmoji.length() - 1))).isFalse();
	}

	@Test
	void readsAHugeMessageInTheSameWindowsAsItsBeginning() {
		SentenceEncoder encoder = SentenceEncoder.shipped(SentenceEncoder.Model.BGE_SMALL);
		String huge = "nobody would even notice if I was gone. ".repeat(60_000);
		SentenceEncoder.Embeddings whole = encoder.embed(List.of(huge));
		SentenceEncoder.Embeddings beginning = encoder.embed(List.of(SentenceEncoder.readable(huge)));
		assertThat(whole.vectors()).hasNumberOfRows(SentenceEncoder.MAX_WINDOWS);
		for (int w = 0; w < whole.vectors().length; w++) {
			assertThat(whole.vectors()[w]).containsExactly(beginning.vectors()[w]);
		}
	}

}
