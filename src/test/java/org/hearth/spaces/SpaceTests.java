package org.hearth.spaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpaceTests {

	private static final Audience VOLUNTEERS = new Audience(Role.VOLUNTEER, null);

	@Test
	void keepsAnHttpsAddressWithAHost() {
		Space space = space("  https://discord.com/channels/1/2  ");

		assertThat(space.url()).isEqualTo("https://discord.com/channels/1/2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "http://forum.example.org", "https://", "discord.com/channels/1",
			"https://exa mple.org", "data:text/html,hi", "//evil.example" })
	void refusesAnAddressPeopleCouldNotOpenSafely(String url) {
		assertThatThrownBy(() -> space(url)).isInstanceOf(RequestRefused.class)
			.satisfies(ex -> assertThat(((RequestRefused) ex).part()).isEqualTo(Space.Part.ADDRESS));
	}

	@Test
	void refusesANameOfTwoLinesOrTooLong() {
		assertThatThrownBy(() -> new Space(SpaceId.random(), "lounge\nsecond", SpaceKind.DISCORD_CHANNEL,
				"https://discord.com", "Chat", VOLUNTEERS, 0, 0))
			.hasMessage("Please keep it on one line.");
		assertThatThrownBy(() -> new Space(SpaceId.random(), "x".repeat(81), SpaceKind.DISCORD_CHANNEL,
				"https://discord.com", "Chat", VOLUNTEERS, 0, 0))
			.hasMessageContaining("80 characters; it has 81");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u3164", "\u200b\u2060", "\u2800 \u115f", " \ufe0f " })
	void refusesANameThatShowsNothing(String name) {
		assertThatThrownBy(() -> new Space(SpaceId.random(), name, SpaceKind.DISCORD_CHANNEL, "https://discord.com",
				"Chat", VOLUNTEERS, 0, 0))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Name the space");
	}

	@Test
	void anAnnouncementShowsUntilItsLastDayUnlessWithdrawn() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		Announcement posted = Announcement.post("Training moved", "Thursday now", VOLUNTEERS,
				new PersonId(UUID.randomUUID()), Instant.parse("2026-12-07T10:00:00Z"), today, today.plusDays(2));

		assertThat(posted.current(today.plusDays(2))).isTrue();
		assertThat(posted.current(today.plusDays(3))).isFalse();
		Announcement withdrawn = posted.withdraw(Instant.parse("2026-12-07T11:00:00Z"));
		assertThat(withdrawn.current(today)).isFalse();
		assertThatThrownBy(() -> withdrawn.withdraw(Instant.parse("2026-12-07T12:00:00Z")))
			.hasMessageContaining("already withdrawn");
	}

	@Test
	void anAnnouncementEndsNeitherInThePastNorMoreThanAYearAhead() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		PersonId staff = new PersonId(UUID.randomUUID());
		Instant now = Instant.parse("2026-12-07T10:00:00Z");

		assertThatThrownBy(() -> Announcement.post("Old", "news", VOLUNTEERS, staff, now, today, today.minusDays(1)))
			.hasMessageContaining("has passed");
		assertThatThrownBy(() -> Announcement.post("Far", "news", VOLUNTEERS, staff, now, today, today.plusDays(400)))
			.hasMessageContaining("a year at most");
		assertThatThrownBy(() -> Announcement.post(" ", "news", VOLUNTEERS, staff, now, today, today))
			.hasMessage("Give the announcement a title.");
	}

	private static Space space(String url) {
		return new Space(SpaceId.random(), "#volunteer-lounge", SpaceKind.DISCORD_CHANNEL, url,
				"Where volunteers talk between shifts.", VOLUNTEERS, 0, 0);
	}

}
