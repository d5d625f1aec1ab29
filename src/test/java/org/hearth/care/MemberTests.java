package org.hearth.care;

import org.junit.jupiter.api.Test;

import org.hearth.programs.Platform;
import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTests {

	@Test
	void readsAPlatformBeforeTheColonButNotTheSchemeOfALink() {
		assertThat(Member.parse("discord", "forum:willow_77")).hasToString("forum:willow_77");
		assertThat(Member.parse("forum", "https://forum.example/u/willow_77"))
			.hasToString("forum:https://forum.example/u/willow_77");
	}

	@Test
	void aColonAfterAWordThatIsNoPlatformIsPartOfTheHandle() {
		assertThat(Member.parse("forum", "willow:2")).hasToString("forum:willow:2");
	}

	@Test
	void refusesAPlatformHearthDoesNotKnowWithTheChoices() {
		assertThatThrownBy(() -> Member.parse("myspace", "willow")).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Hearth does not know \u201cmyspace\u201d as a platform")
			.hasMessageContaining("discord, forum, or other")
			.extracting(ex -> ((RequestRefused) ex).part())
			.isEqualTo(Member.Part.PLATFORM);
		assertThat(Member.parse(" Discord ", "1234").platform()).isEqualTo(Platform.DISCORD);
		assertThat(Member.parse("other", "willow").platform()).isEqualTo(Platform.OTHER);
	}

	@Test
	void invisibleCharactersNeitherMakeAnotherMemberNorAHandle() {
		assertThat(Member.parse("discord", "race-2\u200B")).isEqualTo(Member.parse("discord", "race-2"));
		assertThat(Member.parse("discord", "\u2066race-2\u3164")).isEqualTo(Member.parse("discord", "race-2"));
		assertThatThrownBy(() -> Member.parse("discord", "\u200B\u200B")).isInstanceOf(RequestRefused.class);
	}

	@Test
	void aHandleFromAnAlertIsNeverRefused() {
		assertThat(Member.parseForAlert("discord", null, "abc")).hasToString("discord:unidentified-abc");
		assertThat(Member.parseForAlert("fo rum!", "\u200B", "abc")).hasToString("other:unidentified-abc");
		assertThat(Member.parseForAlert("forum", "x".repeat(250), "abc").handle()).hasSize(200);
		assertThat(Member.parseForAlert("fo rum!", "willow", "abc")).hasToString("other:willow");
		assertThat(Member.parseForAlert("forum", "willow", "abc")).isEqualTo(Member.parse("forum", "willow"));
	}

	@Test
	void anAlertFromAPlatformHearthDoesNotKnowIsKeptAsOtherWithTheWordGiven() {
		Member.Handle fromSource = Member.parseForAlert("mastodon", "willow", "abc");
		Member.Handle fromHandle = Member.parseForAlert(null, "mastodon:willow", "abc");
		Member.Handle notSaid = Member.parseForAlert(null, "willow", "abc");

		assertThat(fromSource.platform()).isEqualTo(Platform.OTHER);
		assertThat(fromSource.platformGiven()).isEqualTo("mastodon");
		assertThat(fromSource.where()).isEqualTo("other (mastodon)");
		assertThat(fromHandle).isEqualTo(fromSource);
		assertThat(notSaid.platformGiven()).isNull();
		assertThat(notSaid.where()).isEqualTo("other");
		assertThat(Member.parseForAlert("x".repeat(80), "willow", "abc").platformGiven()).hasSize(40);
	}

}
