package org.hearth.care;

import org.junit.jupiter.api.Test;

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
	void invisibleCharactersNeitherMakeAnotherMemberNorAHandle() {
		assertThat(Member.parse("discord", "race-2\u200B")).isEqualTo(Member.parse("discord", "race-2"));
		assertThat(Member.parse("discord", "\u2066race-2\u3164")).isEqualTo(Member.parse("discord", "race-2"));
		assertThatThrownBy(() -> Member.parse("discord", "\u200B\u200B")).isInstanceOf(RequestRefused.class);
	}

	@Test
	void aHandleFromAnAlertIsNeverRefused() {
		assertThat(Member.parseForAlert("discord", null, "abc")).hasToString("discord:unidentified-abc");
		assertThat(Member.parseForAlert("fo rum!", "\u200B", "abc")).hasToString("unknown:unidentified-abc");
		assertThat(Member.parseForAlert("forum", "x".repeat(250), "abc").handle()).hasSize(200);
		assertThat(Member.parseForAlert("fo rum!", "willow", "abc")).hasToString("unknown:willow");
		assertThat(Member.parseForAlert("forum", "willow", "abc")).isEqualTo(Member.parse("forum", "willow"));
	}

}
