package org.hearth.screening;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins' phrases cannot break screening: a phrase that reads as almost nothing, or as
 * very common words only, is refused with the reason; a phrase meant for one author role
 * leaves the other's messages as they were.
 */
class AdminPhraseTests {

	static final Screener SHIPPED = Screener.withShippedRules();

	final PhrasePolicy policy = new PhrasePolicy(SHIPPED);

	@Test
	void refusesAPatternThatReadsAsASingleLetter() {
		assertThat(policy.refusal("(a+)+$"))
			.hasValueSatisfying(reason -> assertThat(reason).startsWith("Read the way screening reads messages")
				.contains("\u201c(a+)+$\u201d is only \u201ca\u201d", "would match almost every message",
						"a phrase is plain text, not a pattern"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "the", "you", "You!", "the you", "you are", "!!!", "$$" })
	void refusesPhrasesOfAlmostNothingOrOnlyVeryCommonWords(String phrase) {
		assertThat(policy.refusal(phrase)).isPresent();
	}

	@Test
	void namesTheCommonWordsItFound() {
		assertThat(policy.refusal("You are")).hasValueSatisfying(reason -> assertThat(reason)
			.contains("is made only of very common words (you, are)", "Add the word that carries the meaning"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "snowflake brain", "kys", "you are worthless", "go jump off a bridge" })
	void acceptsPhrasesThatCarryMeaning(String phrase) {
		assertThat(policy.refusal(phrase)).isEmpty();
	}

	@Test
	void findsAPhraseAsScreeningReadsTheMessage() {
		assertThat(policy.occursIn("ur such a SNOWFLAKE   brain lol", "snowflake brain")).isTrue();
		assertThat(policy.occursIn("snowflakes brainstorm", "snowflake brain")).isFalse();
	}

	@Test
	void appliesAVolunteerOnlyPhraseToVolunteersMessagesAlone() {
		Screener screener = SHIPPED.withOverrides(new PhraseOverrides(Map.of(), Map.of(),
				Map.of(AuthorRole.VOLUNTEER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, Set.of("moonwalk protocol"))),
				Map.of()));

		ScreeningResult volunteer = screener
			.screen(ScreeningRequest.of("time for the moonwalk protocol", AuthorRole.VOLUNTEER));
		ScreeningResult member = screener
			.screen(ScreeningRequest.of("time for the moonwalk protocol", AuthorRole.MEMBER));

		assertThat(volunteer.categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		assertThat(member.isClean()).isTrue();
	}

	@Test
	void appliesAPhraseForEveryoneToBothRoles() {
		Screener screener = SHIPPED
			.withOverrides(new PhraseOverrides(Map.of(Category.HARASSMENT, Set.of("moonwalk protocol")), Map.of()));

		for (AuthorRole role : AuthorRole.values()) {
			assertThat(screener.screen(ScreeningRequest.of("time for the moonwalk protocol", role)).categories())
				.as(role.name())
				.containsExactly(Category.HARASSMENT);
		}
	}

}
