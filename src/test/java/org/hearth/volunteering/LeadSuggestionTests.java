package org.hearth.volunteering;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.people.PersonId;
import org.hearth.volunteering.LeadSuggestion.Suggested;

import static org.assertj.core.api.Assertions.assertThat;

class LeadSuggestionTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	static LeadCandidate lead(String name, int capacity, int load, Set<String> languages, String zone, boolean away) {
		return new LeadCandidate(new PersonId(UUID.randomUUID()), name, capacity, load, languages, zone, away);
	}

	@Test
	void prefersSharedLanguageOverTimeZone() {
		LeadCandidate sameZone = lead("Aki", 5, 0, Set.of("english"), "Europe/Paris", false);
		LeadCandidate sharedLanguage = lead("Bo", 5, 0, Set.of("french", "english"), "America/New_York", false);

		List<Suggested> ranked = LeadSuggestion.rank(List.of(sameZone, sharedLanguage), Set.of("french"),
				"Europe/Paris", NOW);

		assertThat(ranked).extracting(s -> s.candidate().name()).containsExactly("Bo", "Aki");
		assertThat(ranked.get(0).reasons()).contains("speaks french");
	}

	@Test
	void prefersCloserTimeZoneWhenLanguagesAreEqual() {
		LeadCandidate far = lead("Far", 5, 0, Set.of("english"), "Asia/Tokyo", false);
		LeadCandidate near = lead("Near", 5, 0, Set.of("english"), "Europe/Berlin", false);

		List<Suggested> ranked = LeadSuggestion.rank(List.of(far, near), Set.of("english"), "Europe/London", NOW);

		assertThat(ranked).extracting(s -> s.candidate().name()).containsExactly("Near", "Far");
		assertThat(ranked.get(0).reasons()).contains("1 hour apart");
	}

	@Test
	void prefersMoreRoomWhenAllElseIsEqual() {
		LeadCandidate busy = lead("Busy", 5, 4, Set.of("english"), "UTC", false);
		LeadCandidate roomy = lead("Roomy", 5, 1, Set.of("english"), "UTC", false);

		assertThat(LeadSuggestion.rank(List.of(busy, roomy), Set.of("english"), "UTC", NOW))
			.extracting(s -> s.candidate().name())
			.containsExactly("Roomy", "Busy");
	}

	@Test
	void leavesOutLeadsWhoAreFullOrAway() {
		LeadCandidate full = lead("Full", 3, 3, Set.of("english"), "UTC", false);
		LeadCandidate away = lead("Away", 3, 0, Set.of("english"), "UTC", true);
		LeadCandidate free = lead("Free", 3, 0, Set.of("spanish"), "Asia/Tokyo", false);

		assertThat(LeadSuggestion.rank(List.of(full, away, free), Set.of("english"), "UTC", NOW))
			.extracting(s -> s.candidate().name())
			.containsExactly("Free");
	}

	@Test
	void knowsNothingOfALeadButCapacityLanguagesTimeZoneAndAbsence() {
		assertThat(Arrays.stream(LeadCandidate.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactly("lead", "name", "capacity", "load", "languages", "timeZone", "away");
	}

}
