package org.hearth.site;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.OnboardingFixture;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.volunteering.LeadVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A field that needs another look says so in Hearth's voice, on pages and in the API
 * alike, never in the validator's own words.
 */
@HearthTest
class ValidationMessagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	Onboarding onboarding;

	@Autowired
	Courses courses;

	@Autowired
	Acknowledgements acknowledgements;

	@Autowired
	BackgroundChecks checks;

	@Autowired
	LeadVolunteers leads;

	@Test
	void saysHowLongAFieldMayBeBesideIt() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);

		var result = mvc.post()
			.uri("/apply/" + fixture.openRole.id())
			.with(user(applicant))
			.with(csrf())
			.param("commitmentMonths", "3")
			.param("commitmentAmount", "1")
			.param("commitmentUnit", "HOURS")
			.param("commitmentPeriod", "WEEK")
			.param("availability", "Evenings ".repeat(120))
			.param("languages", "English")
			.param("timeZone", "UTC")
			.param("motivation", "I was helped once.")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Please keep this to 1000 characters or fewer.")
			.doesNotContain("size must be between");
	}

	@Test
	void saysWhatToFillInThroughTheApi() {
		String staff = "Bearer " + tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "test");

		var result = mvc.post()
			.uri("/api/v1/staff/applications/" + UUID.randomUUID() + "/decline")
			.header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \" \"}")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.satisfies(json -> assertThat(json.getJson()).doesNotContain("must not be"))
			.hasPathSatisfying("$.errors.reason",
					reason -> assertThat(reason).asString().isEqualTo("Please fill this in; it can’t be left empty."))
			.hasPathSatisfying("$.errors.version",
					version -> assertThat(version).asString().isEqualTo("Please fill this in."));
	}

}
