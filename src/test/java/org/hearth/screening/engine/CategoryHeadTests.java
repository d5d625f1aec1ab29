package org.hearth.screening.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learned tier's head: its arithmetic, its file format and what it refuses. */
class CategoryHeadTests {

	private static final int IN = SentenceEncoder.DIMENSIONS + 1;

	/**
	 * A linear head that says CRISIS when the first embedding value is high, and
	 * MEDICAL_ADVICE only for volunteers.
	 */
	private static CategoryHead linear() {
		float[] w2 = new float[Category.values().length * IN];
		float[] b2 = new float[Category.values().length];
		java.util.Arrays.fill(b2, -4f);
		w2[Category.CRISIS.ordinal() * IN] = 8f;
		w2[Category.MEDICAL_ADVICE.ordinal() * IN + SentenceEncoder.DIMENSIONS] = 8f;
		return new CategoryHead(IN, 0, new float[0], new float[0], w2, b2,
				Map.of(Category.CRISIS, 0.5, Category.MEDICAL_ADVICE, 0.5), Map.of("training", "by hand"));
	}

	private static float[] embedding(float first) {
		float[] e = new float[SentenceEncoder.DIMENSIONS];
		e[0] = first;
		return e;
	}

	@Test
	void givesEachCategoryALogisticScoreOfTheWeightedInputs() {
		CategoryHead head = linear();
		float[] high = head.scores(embedding(1f), AuthorRole.MEMBER);
		float[] low = head.scores(embedding(0f), AuthorRole.MEMBER);
		assertThat(high[Category.CRISIS.ordinal()]).isCloseTo((float) (1 / (1 + Math.exp(-4))),
				org.assertj.core.data.Offset.offset(1e-6f));
		assertThat(low[Category.CRISIS.ordinal()]).isLessThan(0.05f);
		assertThat(low[Category.HATE_SPEECH.ordinal()]).isLessThan(0.05f);
	}

	@Test
	void readsTheAuthorsRoleAsAnInput() {
		CategoryHead head = linear();
		assertThat(head.scores(embedding(0f), AuthorRole.VOLUNTEER)[Category.MEDICAL_ADVICE.ordinal()])
			.isGreaterThan(0.9f);
		assertThat(head.scores(embedding(0f), AuthorRole.MEMBER)[Category.MEDICAL_ADVICE.ordinal()]).isLessThan(0.05f);
	}

	@Test
	void writesAndReadsBackTheSameHeadWithItsThresholdsAndNotes() throws IOException {
		java.util.Random random = new java.util.Random(1);
		int hidden = 3;
		float[] w1 = new float[hidden * IN];
		float[] w2 = new float[Category.values().length * hidden];
		for (int i = 0; i < w1.length; i++) {
			w1[i] = (float) random.nextGaussian();
		}
		for (int i = 0; i < w2.length; i++) {
			w2[i] = (float) random.nextGaussian();
		}
		CategoryHead head = new CategoryHead(IN, hidden, w1, new float[] { 0.1f, -0.2f, 0.3f }, w2,
				new float[Category.values().length], Map.of(Category.SHAMING, 0.35), Map.of("note", "a b c"));
		StringWriter out = new StringWriter();
		head.write(out, List.of("test"));
		CategoryHead back = CategoryHead
			.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
		float[] e = new float[SentenceEncoder.DIMENSIONS];
		for (int i = 0; i < e.length; i++) {
			e[i] = (float) random.nextGaussian();
		}
		assertThat(back.scores(e, AuthorRole.VOLUNTEER)).containsExactly(head.scores(e, AuthorRole.VOLUNTEER));
		assertThat(back.threshold(Category.SHAMING)).hasValue(0.35);
		assertThat(back.threshold(Category.CRISIS)).isEmpty();
		assertThat(back.notes()).containsEntry("note", "a b c");
	}

	@Test
	void keepsTheSentenceModelAndTheCrisisThresholdBesideACriticalSign() throws IOException {
		int width = Category.values().length * IN;
		CategoryHead head = new CategoryHead(SentenceEncoder.Model.BGE_SMALL, IN, 0, new float[0], new float[0],
				new float[width], new float[Category.values().length], Map.of(Category.CRISIS, 0.9),
				java.util.OptionalDouble.of(0.5), Map.of());
		StringWriter out = new StringWriter();
		head.write(out, List.of());
		CategoryHead back = CategoryHead.read(stream(out.toString()));
		assertThat(back.encoder()).isEqualTo(SentenceEncoder.Model.BGE_SMALL);
		assertThat(back.crisisThresholdWithSign()).hasValue(0.5);
		assertThat(linear().crisisThresholdWithSign()).isEmpty();
		assertThat(linear().encoder()).isEqualTo(SentenceEncoder.Model.MINILM_L6);
		assertThatThrownBy(() -> new CategoryHead(SentenceEncoder.Model.BGE_SMALL, IN, 0, new float[0], new float[0],
				new float[width], new float[Category.values().length], Map.of(Category.CRISIS, 0.4),
				java.util.OptionalDouble.of(0.5), Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CategoryHead
			.read(stream(out.toString().replace("threshold-with-sign CRISIS", "threshold-with-sign SHAMING"))))
			.isInstanceOf(IOException.class);
	}

	@Test
	void refusesAFileOfAnotherFormatOrWithWeightsThatAreNotNumbers() throws IOException {
		assertThatThrownBy(() -> CategoryHead.read(stream("format something-else 1\n")))
			.isInstanceOf(IOException.class);
		StringWriter out = new StringWriter();
		linear().write(out, List.of());
		String nan = java.util.Base64.getEncoder()
			.encodeToString(java.nio.ByteBuffer.allocate(4 * Category.values().length)
				.order(java.nio.ByteOrder.LITTLE_ENDIAN)
				.putFloat(Float.NaN)
				.array());
		String broken = out.toString().replaceFirst("(?m)^b2 .*$", "b2 " + nan);
		assertThatThrownBy(() -> CategoryHead.read(stream(broken))).isInstanceOf(IOException.class)
			.hasMessageContaining("finite");
		String truncated = out.toString().replaceFirst("(?m)^w2 .*$", "w2 AAAA");
		assertThatThrownBy(() -> CategoryHead.read(stream(truncated))).isInstanceOf(IOException.class);
	}

	private static ByteArrayInputStream stream(String s) {
		return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
	}

}
