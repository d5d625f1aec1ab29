package org.hearth.care;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourcePickTests {

	static final LocalDate CHECKED = LocalDate.of(2026, 12, 1);

	static final CrisisResource US_EN = line("US", "en", "988 Suicide & Crisis Lifeline");

	static final CrisisResource US_ES = line("US", "es", "988 Lifeline en español");

	static final CrisisResource CA_ANY = line("CA", null, "9-8-8 Suicide Crisis Helpline");

	static final CrisisResource EVERYWHERE = line(null, null, "Find A Helpline");

	static final List<CrisisResource> ALL = List.of(US_EN, US_ES, CA_ANY, EVERYWHERE);

	@Test
	void fallsBackToTheInternationalDirectoryAndSaysSoWhenTheCountryIsUnknown() {
		ResourcePick pick = ResourcePick.choose(ALL, null, "en");

		assertThat(pick.resources()).containsExactly(EVERYWHERE);
		assertThat(pick.fallback()).isTrue();
		assertThat(pick.reason()).contains("don't know which country");
	}

	@Test
	void fallsBackToTheInternationalDirectoryForACountryWithoutALine() {
		ResourcePick pick = ResourcePick.choose(ALL, "JP", null);

		assertThat(pick.resources()).containsExactly(EVERYWHERE);
		assertThat(pick.fallback()).isTrue();
		assertThat(pick.reason()).contains("no crisis line for Japan in the directory yet");
	}

	@Test
	void choosesTheLinesInTheMembersLanguageThenTheInternationalOnes() {
		assertThat(ResourcePick.choose(ALL, "US", "es").resources()).containsExactly(US_ES, EVERYWHERE);
		assertThat(ResourcePick.choose(ALL, "US", "en").resources()).containsExactly(US_EN, EVERYWHERE);
		assertThat(ResourcePick.choose(ALL, "CA", "fr").resources()).containsExactly(CA_ANY, EVERYWHERE);
	}

	@Test
	void offersEveryLineOfTheCountryWhenNoneSpeaksTheLanguage() {
		ResourcePick pick = ResourcePick.choose(ALL, "US", "de");

		assertThat(pick.resources()).containsExactly(US_EN, US_ES, EVERYWHERE);
		assertThat(pick.fallback()).isFalse();
		assertThat(pick.reason()).contains("none lists German yet");
	}

	@Test
	void refusesAnEntryNobodyCouldReach() {
		assertThatThrownBy(() -> new CrisisResource(CrisisResourceId.random(), "US", "en", "Nowhere", null, null, null,
				"24/7", "A line without a number.", CHECKED, 0))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("at least one way to reach");
	}

	@Test
	void refusesACountryThatIsNotATwoLetterCode() {
		assertThatThrownBy(() -> line("USA", null, "Somewhere")).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("two-letter country code");
	}

	@Test
	void refusesACountryCodeThatNamesNoCountryAndSaysWhatToUse() {
		assertThat(CrisisResource.knownCountry("gb")).isEqualTo("GB");
		assertThat(CrisisResource.knownCountry(" ")).isNull();
		assertThatThrownBy(() -> CrisisResource.knownCountry("ZZ")).isInstanceOf(RequestRefused.class)
			.hasMessage("ZZ is not a country code we know. Use the two-letter ISO code of the country, such as US, "
					+ "GB or AU, or leave it empty if you don't know it.");
	}

	@Test
	void namesTheCountryAndLanguageItChoseFor() {
		assertThat(ResourcePick.choose(ALL, "US", "en").reason()).isEqualTo("Lines for United States in English.");
		assertThat(ResourcePick.choose(ALL, "CA", null).reason()).isEqualTo("Lines for Canada.");
	}

	static CrisisResource line(String country, String language, String name) {
		return new CrisisResource(CrisisResourceId.random(), country, language, name, "988", null, null,
				"24 hours, every day", "Support for anyone in crisis.", CHECKED, 0);
	}

}
