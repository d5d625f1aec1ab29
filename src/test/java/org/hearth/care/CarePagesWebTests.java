package org.hearth.care;

import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Care's pages and API read as people write: day names, country and language names, the
 * member's own words where they are called theirs, unknown country codes refused with
 * what to use, the platform of a reported member's handle, and the refusals the API
 * documents.
 */
@HearthTest
class CarePagesWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DutyRota rota;

	@Autowired
	Escalations escalations;

	@Test
	void theRotaNamesTheDaysInEnglish() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		rota.addHours(lead, java.time.DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(22, 0), "Europe/London");

		assertThat(mvc.get().uri("/care/rota").with(user(lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Wednesday 18:00", ">Monday</option>", ">Sunday</option>")
			.doesNotContain("WEDNESDAY 18:00", ">MONDAY</option>");
	}

	@Test
	void theSupportPageNamesTheCountryAndLanguageAndRefusesAnUnknownCode() {
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);

		assertThat(mvc.get().uri("/care/support?country=GB&language=en").with(user(applicant)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Lines for United Kingdom in English.", "Samaritans");
		assertThat(mvc.get().uri("/care/support?country=ZZ").with(user(applicant)).exchange()).hasStatusOk()
			.bodyText()
			.contains("ZZ is not a country code we know. Use the two-letter ISO code of the country",
					"Find A Helpline");
	}

	@Test
	void theApiRefusesAnUnknownCountryCodeWithWhatToUseAndDocumentsIt() {
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		String token = tokens.create(applicant.id(), "lines");

		assertThat(mvc.get()
			.uri("/api/v1/crisis-resources?country=ZZ")
			.header("Authorization", "Bearer " + token)
			.exchange()).hasStatus(422)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("ZZ is not a country code we know");
		assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/crisis-resources'].get.responses")
			.asMap()
			.containsKey("422");
		assertThat(mvc.get().uri("/v3/api-docs").exchange()).bodyJson()
			.extractingPath("$.paths['/api/v1/care/outbox'].get.responses")
			.asMap()
			.containsKey("422");
	}

	@Test
	void anUnknownCountryOfAMemberIsRefusedAndTheEscalationShowsTheirOwnWords() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		EscalationId id = escalations.open(new NewEscalation(Escalation.Trigger.SCREENING,
				"screening:" + UUID.randomUUID(), Member.parse("discord", "words-" + UUID.randomUUID()), null,
				"Screening noticed a crisis in a message on discord.", "I cannot keep going like this", Severity.HIGH));

		var page = mvc.get().uri("/care/escalations/" + id.value()).with(user(staff)).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.containsSubsequence("What was seen", "Screening noticed a crisis in a message on discord.",
					"In their words", "I cannot keep going like this")
			.contains(escalations.open(id).resources().resources().size() == 1
					? "A reply with 1 crisis resource is waiting" : "crisis resources is waiting")
			.doesNotContain("A reply with 1 crisis resources");

		long memberVersion = escalations.open(id).member().version();
		assertThat(mvc.post()
			.uri("/care/escalations/" + id.value() + "/member")
			.with(csrf())
			.with(user(staff))
			.param("memberVersion", String.valueOf(memberVersion))
			.param("country", "ZZ")
			.param("language", "en")
			.param("timeZone", "")
			.exchange()).hasStatusOk().bodyText().contains("ZZ is not a country code we know");
		assertThat(escalations.open(id).member().country()).isNull();
	}

	@Test
	void aReportedMembersPlainHandleTakesThePlatformTheReporterChose() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String handle = "plain-" + UUID.randomUUID();

		assertThat(mvc.get().uri("/conduct/reports/new?category=MEMBER_AT_RISK").with(user(volunteer)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Where the member is", "value=\"discord\"");
		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("category", "MEMBER_AT_RISK")
			.param("about", "MEMBER")
			.param("reference", handle)
			.param("platform", "forum")
			.param("whatHappened", "They wrote that nothing matters any more.")
			.param("safe", "true")
			.exchange()).hasStatus3xxRedirection();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> escalations.recent().stream().anyMatch(line -> line.member().equals("forum:" + handle)));
		assertThat(escalations.recent()).noneMatch(line -> line.member().equals("unknown:" + handle));
	}

}
