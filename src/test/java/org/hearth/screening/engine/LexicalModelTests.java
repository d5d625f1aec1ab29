package org.hearth.screening.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The head's word model: its features read a message as the rules do, its weights survive
 * 8-bit storage, and the head blends it with the network and writes it back.
 */
class LexicalModelTests {

	private static final int BITS = 12;

	private static final int IN = SentenceEncoder.DIMENSIONS + 1;

	private static final TextNormalizer NORMALIZER = RuleSet.shipped().normalizer();

	private static int[] features(String text) {
		return LexicalModel.features(NORMALIZER, text, AuthorRole.MEMBER, BITS);
	}

	@Test
	void readsAMessageAsTheRulesDoSoSpellingTricksGiveTheSameFeatures() {
		assertThat(features("i want to kms")).containsExactly(features("I want to kill myself"));
		assertThat(features("K Y S")).containsExactly(features("kill yourself"));
		assertThat(features("i want to die")).isNotEqualTo(features("i want to dine"));
		assertThat(features("hello")).isSorted().doesNotHaveDuplicates();
		assertThat(LexicalModel.features(NORMALIZER, "hello", AuthorRole.VOLUNTEER, BITS))
			.isNotEqualTo(features("hello"));
		assertThat(features("")).hasSize(2);
		for (int f : features("a message of several words, some of them twice: words")) {
			assertThat(f).isBetween(0, (1 << BITS) - 1);
		}
	}

	@Test
	void keepsItsWeightsWithinAHundredAndTwentySeventhOfTheLargestWhenStoredInEightBits() {
		java.util.Random random = new java.util.Random(7);
		float[][] floats = new float[Category.values().length][1 << BITS];
		for (float[] row : floats) {
			for (int j = 0; j < row.length; j++) {
				row[j] = (float) random.nextGaussian();
			}
		}
		float[] bias = new float[Category.values().length];
		bias[Category.CRISIS.ordinal()] = -1.5f;
		LexicalModel model = LexicalModel.quantised(BITS, 0.5, bias, floats);
		int[] x = features("the rope is already tied in my garage");

		double[] logits = model.logits(x);

		int crisis = Category.CRISIS.ordinal();
		double exact = bias[crisis];
		double largest = 0;
		for (int j = 0; j < floats[crisis].length; j++) {
			largest = Math.max(largest, Math.abs(floats[crisis][j]));
		}
		for (int f : x) {
			exact += floats[crisis][f] / Math.sqrt(x.length);
		}
		assertThat(logits[crisis]).isCloseTo(exact, within(largest / 127 * Math.sqrt(x.length)));
	}

	@Test
	void refusesWeightsThatDoNotFitItsShape() {
		float[] eight = new float[Category.values().length];
		assertThatThrownBy(() -> new LexicalModel(BITS, 0.5, eight, eight, new byte[10]))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LexicalModel(BITS, 1.5, eight, eight, new byte[eight.length << BITS]))
			.isInstanceOf(IllegalArgumentException.class);
		float[] nan = eight.clone();
		nan[0] = Float.NaN;
		assertThatThrownBy(() -> new LexicalModel(BITS, 0.5, nan, eight, new byte[eight.length << BITS]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theHeadBlendsTheWordModelsLogOddsWithTheNetworksAndWritesItBack() throws IOException {
		int categories = Category.values().length;
		float[] w2 = new float[categories * IN];
		float[] b2 = new float[categories];
		float[] bias = new float[categories];
		float[][] floats = new float[categories][1 << BITS];
		int[] rope = features("the rope is already tied in my garage");
		java.util.Set<Integer> shared = new java.util.HashSet<>();
		for (int f : features("lovely weather today")) {
			shared.add(f);
		}
		for (int f : rope) {
			floats[Category.CRISIS.ordinal()][f] = shared.contains(f) ? 0f : 3f;
		}
		LexicalModel words = LexicalModel.quantised(BITS, 0.5, bias, floats);
		CategoryHead head = new CategoryHead(SentenceEncoder.Model.BGE_SMALL, IN, 0, new float[0], new float[0], w2, b2,
				Map.of(Category.CRISIS, 0.8), OptionalDouble.empty(), Map.of(), words);
		float[] embedding = new float[SentenceEncoder.DIMENSIONS];

		float[] withWords = head.scores(embedding, AuthorRole.MEMBER, rope);
		float[] networkAlone = head.scores(embedding, AuthorRole.MEMBER);

		int crisis = Category.CRISIS.ordinal();
		assertThat(networkAlone[crisis]).isEqualTo(0.5f);
		double z = 0.5 * 0 + 0.5 * words.logits(rope)[crisis];
		assertThat(withWords[crisis]).isCloseTo((float) (1 / (1 + Math.exp(-z))), within(1e-5f));
		assertThat(withWords[crisis]).isGreaterThan(0.9f);
		assertThat(head.scores(embedding, AuthorRole.MEMBER, features("lovely weather today"))[crisis]).isEqualTo(0.5f);

		StringWriter out = new StringWriter();
		head.write(out, List.of());
		CategoryHead back = CategoryHead
			.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat(back.lexical()).isPresent();
		assertThat(back.scores(embedding, AuthorRole.MEMBER, rope)).containsExactly(withWords);
		assertThatThrownBy(() -> CategoryHead.read(new ByteArrayInputStream(
				out.toString().replaceAll("lexical-weights [^\n]*\n", "").getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IOException.class);
	}

	@Test
	void theShippedHeadCarriesAWordModel() {
		assertThat(CategoryHead.shipped().lexical()).isPresent();
	}

}
