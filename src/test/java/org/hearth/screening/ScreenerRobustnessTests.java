package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Screening never throws and never hangs, whatever the text. The timeouts are generous
 * bounds, not speed claims.
 */
class ScreenerRobustnessTests {

	static final Screener SCREENER = Screener.withShippedRules();

	static ScreeningResult screenWithin(String text, Duration limit) {
		return assertTimeoutPreemptively(limit,
				() -> SCREENER.screen(new ScreeningRequest(text, AuthorRole.VOLUNTEER, List.of(text))));
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
