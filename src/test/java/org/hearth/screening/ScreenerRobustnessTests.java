package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.hearth.screening.engine.RuleSet;
import org.hearth.screening.engine.ScreeningEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Screening never throws and never hangs, whatever the text, and characters a reader
 * cannot see cannot hide a message. These tests call the engine itself, not the
 * fail-closed {@link Screener}, so an exception fails them instead of being turned into
 * an error result. The timeouts are generous bounds, not speed claims.
 */
class ScreenerRobustnessTests {

	static final ScreeningEngine ENGINE = new ScreeningEngine(RuleSet.shipped(), PhraseOverrides.none());

	static final Screener SCREENER = Screener.withShippedRules();

	/**
	 * Fillers, joiners, bidi controls, tag and variation characters, NUL and other
	 * controls.
	 */
	static final List<String> INVISIBLE = List.of("\u3164", "\u115F", "\u1160", "\u2800", "\uFFA0", "\u200B", "\u200C",
			"\u200D", "\u200E", "\u200F", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\uFEFF", "\u00AD",
			"\uFE0F", "\uFE00", "\u034F", "\u180E", "\u202A", "\u202E", "\u2066", "\uDB40\uDC41", "\uDB40\uDC7F",
			"\uDB40\uDD00", "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0080", "\u009F");

	/** Messages the rules flag, each with what it breaks. */
	static final List<String> FLAGGED = List.of("you should kill yourself", "kys", "just go die already",
			"I want to die", "I hate women", "all gay people are disgusting", "I'm going to end my life tonight",
			"stop taking your meds, you don't need them", "you're weak for needing therapy",
			"you're so pretty, can I have your number?");

	static ScreeningResult screenWithin(String text, Duration limit) {
		ScreeningResult result = assertTimeoutPreemptively(limit,
				() -> ENGINE.screen(new ScreeningRequest(text, AuthorRole.VOLUNTEER, List.of(text))));
		assertThat(result).isNotNull();
		return result;
	}

	static void assertSpansInside(ScreeningResult result, String text) {
		assertThat(result.findings()).allSatisfy(f -> {
			assertThat(f.start()).isBetween(0, text.length());
			assertThat(f.end()).isBetween(f.start(), text.length());
		});
	}

	@Property(tries = 300)
	void screensAnyTextQuicklyAndKeepsSpansInsideIt(@ForAll @StringLength(max = 400) String text) {
		ScreeningResult result = screenWithin(text, Duration.ofSeconds(2));
		assertSpansInside(result, text);
		assertThat(result.categories()).doesNotHaveDuplicates();
	}

	@Property(tries = 300)
	void publicApiAnswersAnyJunkWithAResultNeverAnException(@ForAll("junk") String text) {
		ScreeningResult fromEngine = screenWithin(text, Duration.ofSeconds(2));
		ScreeningResult fromApi = SCREENER.screen(new ScreeningRequest(text, AuthorRole.MEMBER, List.of()));
		assertThat(fromApi).isNotNull();
		assertThat(fromApi.error()).as("the engine did not fail, so the screener reports no error").isFalse();
		assertSpansInside(fromEngine, text);
		assertSpansInside(fromApi, text);
	}

	@Property(tries = 400)
	void invisibleCharactersInsertedAnywhereNeverHideAFlaggedMessage(@ForAll("hiddenInFlagged") String[] pair) {
		String original = pair[0];
		String hidden = pair[1];
		List<Category> wanted = ENGINE.screen(ScreeningRequest.of(original, AuthorRole.VOLUNTEER)).categories();
		assertThat(wanted).as("the message before hiding: " + original).isNotEmpty();

		ScreeningResult result = screenWithin(hidden, Duration.ofSeconds(2));

		assertThat(result.categories()).as("categories of %s", escaped(hidden)).containsAll(wanted);
		assertSpansInside(result, hidden);
	}

	@Property(tries = 200)
	void invisibleCharactersTypedInPlaceOfSpacesNeverHideAFlaggedMessage(@ForAll("flagged") String original,
			@ForAll("invisible") String filler) {
		List<Category> wanted = ENGINE.screen(ScreeningRequest.of(original, AuthorRole.VOLUNTEER)).categories();
		String hidden = original.replace(" ", filler);

		assertThat(screenWithin(hidden, Duration.ofSeconds(2)).categories()).as("categories of %s", escaped(hidden))
			.containsAll(wanted);
	}

	@Property(tries = 200)
	void combiningMarksOverAnyLettersNeverHideAFlaggedMessage(@ForAll("flagged") String original,
			@ForAll("combiningMarks") List<String> marks, @ForAll long seed) {
		List<Category> wanted = ENGINE.screen(ScreeningRequest.of(original, AuthorRole.VOLUNTEER)).categories();
		java.util.Random random = new java.util.Random(seed);
		StringBuilder marked = new StringBuilder();
		original.codePoints().forEach(cp -> {
			marked.appendCodePoint(cp);
			if (Character.isLetter(cp) && random.nextBoolean()) {
				marked.append(marks.get(random.nextInt(marks.size())));
			}
		});
		String hidden = marked.toString();

		ScreeningResult result = screenWithin(hidden, Duration.ofSeconds(2));

		assertThat(result.categories()).as("categories of %s", escaped(hidden)).containsAll(wanted);
		assertSpansInside(result, hidden);
	}

	@Provide
	Arbitrary<List<String>> combiningMarks() {
		return Arbitraries
			.of("\u0336", "\u0335", "\u0332", "\u0301", "\u0308", "\u0353", "\u033D", "\u0489", "\u20E3",
					"\u0338\u0334", "\u0300\u0301\u0302\u0303")
			.list()
			.ofMinSize(1)
			.ofMaxSize(4);
	}

	@Property(tries = 200)
	void lineBreaksTypedInPlaceOfAnySpacesNeverHideAFlaggedMessage(@ForAll("flagged") String original,
			@ForAll("lineBreak") String lineBreak, @ForAll long seed) {
		List<Category> wanted = ENGINE.screen(ScreeningRequest.of(original, AuthorRole.VOLUNTEER)).categories();
		java.util.Random random = new java.util.Random(seed);
		StringBuilder broken = new StringBuilder();
		for (char c : original.toCharArray()) {
			broken.append(c == ' ' && random.nextBoolean() ? lineBreak : String.valueOf(c));
		}
		String hidden = broken.toString();

		assertThat(screenWithin(hidden, Duration.ofSeconds(2)).categories()).as("categories of %s", escaped(hidden))
			.containsAll(wanted);
	}

	@Provide
	Arbitrary<String> lineBreak() {
		return Arbitraries.of("\n", "\r\n", " \n", "\n\n", "\u2028", "\u000B");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kill\u3164yourself", "k\u0000i\u0000l\u0000l yourself", "k\u3164i\u3164l\u3164l yourself",
			"kill\u115Fyourself", "go kill\u1160 yourself", "k\u2800i\u2800l\u2800l yourself",
			"ki\u00ADll\u200Byour\uFEFFself", "kill\uDB40\uDC41\uDB40\uDC42yourself", "kill\uFE0Fyour\u2064self" })
	void invisibleFillersAndControlCharactersCannotHideEncouragement(String text) {
		assertThat(screenWithin(text, Duration.ofSeconds(2)).categories()).contains(Category.SELF_HARM_ENCOURAGEMENT);
	}

	@Test
	void fillersUsedAsSpacesCannotHideACrisis() {
		assertThat(screenWithin("i\u3164want\u3164to\u3164die", Duration.ofSeconds(2)).categories())
			.contains(Category.CRISIS);
		assertThat(screenWithin("i\u0000want\u0000to\u0000die", Duration.ofSeconds(2)).categories())
			.contains(Category.CRISIS);
	}

	@Provide
	Arbitrary<String> flagged() {
		return Arbitraries.of(FLAGGED);
	}

	@Provide
	Arbitrary<String> invisible() {
		return Arbitraries.of(INVISIBLE);
	}

	/** A flagged message and the same message with invisible characters inserted. */
	@Provide
	Arbitrary<String[]> hiddenInFlagged() {
		return Combinators
			.combine(Arbitraries.of(FLAGGED), Arbitraries.of(INVISIBLE).list().ofMinSize(1).ofMaxSize(12),
					Arbitraries.integers().between(0, 1000).list().ofMinSize(12).ofMaxSize(12))
			.as((text, fillers, positions) -> {
				List<String> parts = new ArrayList<>(text.codePoints().mapToObj(Character::toString).toList());
				for (int i = 0; i < fillers.size(); i++) {
					parts.add(positions.get(i) % (parts.size() + 1), fillers.get(i));
				}
				return new String[] { text, String.join("", parts) };
			});
	}

	/** Random text mixed with invisible characters, lone surrogates and rule words. */
	@Provide
	Arbitrary<String> junk() {
		Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(INVISIBLE),
				Arbitraries.strings().all().ofMaxLength(8), Arbitraries.of("\uD800", "\uDFFF", "\uDBFF", "kill",
						"yourself", "you", "women", "\"", "?", ".", "not", "k y s", "\u0301", "\u0338", "ﷺ", "🇰"));
		return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
	}

	static String escaped(String text) {
		StringBuilder b = new StringBuilder();
		text.codePoints()
			.forEach(cp -> b.append(cp >= 0x20 && cp < 0x7F ? Character.toString(cp) : String.format("\\u%04X", cp)));
		return b.toString();
	}

	@Property(tries = 100)
	void screensAnyMixOfRuleWordsAndNoise(@ForAll("ruleWordSoup") String text) {
		ScreeningResult result = screenWithin(text, Duration.ofSeconds(2));
		assertSpansInside(result, text);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> ruleWordSoup() {
		List<String> words = List.of("kill", "yourself", "you", "are", "all", "women", "those", "should", "be", "k",
				"y", "s", "\"", ".", "?", ",", "not", "i", "want", "to", "die", "*", "f***", "h4te", "🇰", "\u200B",
				"\u202E", "ｋ", "like", "them", "ﷺ", "\n", "   ");
		return net.jqwik.api.Arbitraries.of(words).list().ofMaxSize(300).map(list -> String.join(" ", list));
	}

	@Test
	void screensEmptyAndBlankText() {
		assertThat(SCREENER.screen("", AuthorRole.MEMBER).categories()).isEmpty();
		assertThat(SCREENER.screen(" \n\t ", AuthorRole.MEMBER).categories()).isEmpty();
		assertThat(SCREENER.screen(new ScreeningRequest(null, null, null)).categories()).isEmpty();
		assertThat(SCREENER.screen(new ScreeningRequest(null, null, null)).isClean()).isTrue();
	}

	@Test
	void screensAOneMegabyteMessageAndStillFindsWhatIsInIt() {
		String filler = "we talked about the weather and the game last night. ".repeat(20_000);
		String text = filler + "you should kill yourself. " + filler;
		ScreeningResult result = screenWithin(text, Duration.ofSeconds(30));
		assertThat(text.length()).isGreaterThan(1_000_000);
		assertThat(result.categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		assertSpansInside(result, text);
		Finding finding = result.findings().get(0);
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo("you should kill yourself");
	}

	@Test
	void screensTextBuiltToMakeRegularExpressionsBacktrack() {
		List<String> baits = List.of("you ".repeat(50_000), "a".repeat(200_000) + "!",
				"all all all all ".repeat(20_000) + "women", "k y s ".repeat(30_000), "\"".repeat(100_000),
				"i am so so so ".repeat(20_000) + "x", "f*".repeat(100_000));
		for (String bait : baits) {
			assertSpansInside(screenWithin(bait, Duration.ofSeconds(30)), bait);
		}
	}

	@Test
	void screensControlCharactersAndRightToLeftText() {
		String control = "kill\u0000 yourself\u0007\u001b[31m";
		assertThat(screenWithin(control, Duration.ofSeconds(2)).categories())
			.contains(Category.SELF_HARM_ENCOURAGEMENT);
		String rtl = "\u202Eflesruoy llik\u202C مرحبا بك שלום";
		assertSpansInside(screenWithin(rtl, Duration.ofSeconds(2)), rtl);
		String surrogates = "\uD83D kill \uDC80 yourself \uD83D\uDC80";
		assertSpansInside(screenWithin(surrogates, Duration.ofSeconds(2)), surrogates);
	}

}
