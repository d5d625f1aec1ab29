package org.hearth.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.hearth.screening.Finding.Tier;
import org.hearth.screening.engine.CategoryHead;
import org.hearth.screening.engine.LearnedTier;
import org.hearth.screening.engine.SentenceEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned tier with the shipped model and head, and the cascade: the rules keep
 * direction, negation, reporting and support questions; the model adds what the rules'
 * wording misses. The model is loaded once per JVM, so these tests share it.
 */
class LearnedTierTests {

	private static final Screener cascade = Screener.withShippedModel();

	private static List<Finding> modelFindings(ScreeningResult result) {
		return result.findings().stream().filter(f -> f.tier() == Tier.MODEL).toList();
	}

	@Test
	void embedsEachMessageExactlyAsTheLibraryDoes() {
		String text = "I have been feeling low for weeks and nothing helps";
		assertThat(cosine(SentenceEncoder.shipped(SentenceEncoder.Model.MINILM_L6), text,
				new AllMiniLmL6V2QuantizedEmbeddingModel().embed(text).content().vector()))
			.isGreaterThan(0.999);
		assertThat(cosine(SentenceEncoder.shipped(SentenceEncoder.Model.BGE_SMALL), text,
				new BgeSmallEnV15QuantizedEmbeddingModel().embed(text).content().vector()))
			.isGreaterThan(0.999);
	}

	@Test
	void readsTheSentenceModelItsHeadWasTrainedOn() {
		assertThat(LearnedTier.shipped().head().encoder()).isEqualTo(SentenceEncoder.Model.BGE_SMALL);
	}

	private static double cosine(SentenceEncoder encoder, String text, float[] library) {
		float[] ours = encoder.embed(List.of("hello there", text, "")).vectors()[1];
		double cosine = 0;
		for (int i = 0; i < ours.length; i++) {
			cosine += ours[i] * library[i];
		}
		return cosine;
	}

	@Test
	void shipsAHeadWithThresholdsForCrisisAndEncouragementChosenOnValidationData() {
		CategoryHead head = LearnedTier.shipped().head();
		assertThat(head.threshold(Category.CRISIS)).isPresent();
		assertThat(head.threshold(Category.SELF_HARM_ENCOURAGEMENT)).isPresent();
		assertThat(head.notes().get("CRISIS")).contains("written out-of-fold");
	}

	@Test
	void scoresAPlainCrisisHighAndSmallTalkLow() {
		float[][] scores = LearnedTier.shipped()
			.score(List.of(ScreeningRequest.of("I can't go on, I want my life to be over", AuthorRole.MEMBER),
					ScreeningRequest.of("what time does the group meet on thursday?", AuthorRole.MEMBER)));
		int crisis = Category.CRISIS.ordinal();
		assertThat(scores[0][crisis]).isGreaterThan(0.8f);
		assertThat(scores[1][crisis]).isLessThan(0.2f);
	}

	@Test
	void findsWhatTheRulesWordingMissesAndSaysTheModelFoundItWithItsScore() {
		Map<String, Category> misses = Map.of("if it hurts that much, a few more cuts won't make a difference",
				Category.SELF_HARM_ENCOURAGEMENT, "you're way too cute to be single, want to grab dinner just us two?",
				Category.ROMANTIC_SOLICITATION);
		misses.forEach((text, category) -> {
			assertThat(Screener.withShippedRules().screen(text, AuthorRole.VOLUNTEER).categories()).as(text)
				.doesNotContain(category);
			ScreeningResult result = cascade.screen(text, AuthorRole.VOLUNTEER);
			assertThat(modelFindings(result)).as(text).anySatisfy(f -> {
				assertThat(f.category()).isEqualTo(category);
				assertThat(f.score()).isGreaterThanOrEqualTo(cascadeThreshold(category));
				assertThat(f.reason()).startsWith("model: ");
				assertThat(f.start()).isZero();
				assertThat(f.end()).isEqualTo(text.length());
			});
		});
	}

	/**
	 * A crisis from issue 10 that no crisis rule reads: the rules see a critical sign in
	 * it (giving things away), which finds nothing alone, and beside it the model's
	 * crisis reading needs only the lower threshold chosen for that case.
	 */
	@Test
	void findsACrisisWithoutACueBesideACriticalSign() {
		String text = "I've given my guitar and my cat to my sister, I won't need them after friday";
		assertThat(Screener.withShippedRules().screen(text, AuthorRole.MEMBER).categories())
			.doesNotContain(Category.CRISIS);
		double withSign = LearnedTier.shipped().head().crisisThresholdWithSign().orElseThrow();
		assertThat(withSign).isLessThan(cascadeThreshold(Category.CRISIS));
		assertThat(modelFindings(cascade.screen(text, AuthorRole.MEMBER))).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo(Category.CRISIS);
			assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(f.score()).isGreaterThanOrEqualTo(withSign);
			assertThat(f.reason()).contains("with the critical sign goodbye");
		});
	}

	/**
	 * The crises of issue 10 without a cue the rules know: the model reads each of them
	 * over its crisis threshold (the rope and the stopped eating), or over the lower one
	 * beside a critical sign the rules saw. The tied rope is also read by the rules
	 * (noose-ready), whose finding, with its exact span and critical severity, stands
	 * alone: the model never adds a category the rules found.
	 */
	@Test
	void readsTheIssuesCrisesOverTheirThresholdsAndLetsTheRulesFindingStandWhereThereIsOne() {
		String rope = "the rope is already tied in my garage";
		String eating = "I stopped eating three days ago and I'm not going to start again. this is how it ends";
		float[][] scores = LearnedTier.shipped()
			.score(List.of(ScreeningRequest.of(rope, AuthorRole.MEMBER),
					ScreeningRequest.of(eating, AuthorRole.MEMBER)));
		for (float[] s : scores) {
			assertThat((double) s[Category.CRISIS.ordinal()]).isGreaterThanOrEqualTo(cascadeThreshold(Category.CRISIS));
		}
		assertThat(cascade.screen(rope, AuthorRole.MEMBER).findings()).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo(Category.CRISIS);
			assertThat(f.tier()).isEqualTo(Tier.RULES);
			assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(f.reason()).isEqualTo("noose-ready");
		});
		assertThat(Screener.withShippedRules().screen(eating, AuthorRole.MEMBER).isClean()).isTrue();
		assertThat(modelFindings(cascade.screen(eating, AuthorRole.MEMBER))).singleElement()
			.satisfies(f -> assertThat(f.category()).isEqualTo(Category.CRISIS));
	}

	/**
	 * Hangul fillers and the blank Braille pattern typed in place of spaces hid a message
	 * from the model (the rules drop them, the model read them): it reads the message
	 * with them dropped and as spaces, as the rules do, and keeps the higher score.
	 */
	@Test
	void readsAMessageWhoseSpacesAreInvisibleFillersAsItReadsThePlainOne() {
		String plain = "I've given my guitar and my cat to my sister, I won't need them after friday";
		assertThat(cascade.screen(plain, AuthorRole.MEMBER).categories()).contains(Category.CRISIS);
		for (char filler : new char[] { '\u3164', '\u115F', '\u2800' }) {
			String hidden = plain.replace(' ', filler);
			assertThat(cascade.screen(hidden, AuthorRole.MEMBER).categories()).as("U+%04X", (int) filler)
				.contains(Category.CRISIS);
		}
		String split = "if it hurts that much, a few more cu\u200Bts won't make a diff\u200Berence";
		assertThat(cascade.screen(split, AuthorRole.VOLUNTEER).categories()).contains(Category.SELF_HARM_ENCOURAGEMENT);
	}

	private static double cascadeThreshold(Category category) {
		return LearnedTier.shipped().head().threshold(category).orElseThrow();
	}

	@Test
	void leavesSupportQuestionsRecoveryAndReportedAbuseClean() {
		assertThat(cascade.screen("have you had thoughts of ending your life?", AuthorRole.VOLUNTEER).isClean())
			.isTrue();
		assertThat(cascade.screen("are you thinking about killing yourself tonight?", AuthorRole.VOLUNTEER).isClean())
			.isTrue();
		assertThat(cascade.screen("someone in the server told me to go kill myself", AuthorRole.MEMBER).categories())
			.doesNotContain(Category.SELF_HARM_ENCOURAGEMENT);
	}

	@Test
	void letsTheRulesDecideDirectionAndNegation() {
		ScreeningResult urging = cascade.screen("you should just end it tonight", AuthorRole.VOLUNTEER);
		assertThat(urging.categories()).contains(Category.SELF_HARM_ENCOURAGEMENT).doesNotContain(Category.CRISIS);
		ScreeningResult negated = cascade.screen("I would never kill myself, I love my kids too much",
				AuthorRole.MEMBER);
		assertThat(negated.categories()).doesNotContain(Category.CRISIS);
	}

	@Test
	void appliesTheAdminsAllowListToTheModelsFindingsToo() {
		String text = "you're way too cute to be single, want to grab dinner just us two?";
		assertThat(cascade.screen(text, AuthorRole.VOLUNTEER).categories()).contains(Category.ROMANTIC_SOLICITATION);
		Screener allowing = cascade.withOverrides(new PhraseOverrides(Map.of(),
				Map.of(Category.ROMANTIC_SOLICITATION, Set.of("grab dinner just us two"))));
		assertThat(allowing.usesModel()).isTrue();
		assertThat(allowing.screen(text, AuthorRole.VOLUNTEER).categories())
			.doesNotContain(Category.ROMANTIC_SOLICITATION);
	}

	@Test
	void screensABatchAsItScreensEachMessageAlone() {
		List<ScreeningRequest> requests = List.of(
				ScreeningRequest.of("the rope is already tied in my garage", AuthorRole.MEMBER),
				ScreeningRequest.of("lovely weather for the picnic", AuthorRole.MEMBER),
				ScreeningRequest.of("kys", AuthorRole.VOLUNTEER),
				ScreeningRequest.of("stop taking your lithium, it's poison", AuthorRole.VOLUNTEER));
		List<ScreeningResult> batch = cascade.screenAll(requests);
		assertThat(batch).hasSize(4);
		for (int i = 0; i < requests.size(); i++) {
			assertThat(batch.get(i).categories()).isEqualTo(cascade.screen(requests.get(i)).categories());
		}
		assertThat(cascade.rulesOnly().usesModel()).isFalse();
	}

}
