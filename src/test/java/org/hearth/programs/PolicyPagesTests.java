package org.hearth.programs;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** How policies read on their page, and how a new policy's form answers mistakes. */
@HearthTest
class PolicyPagesTests {

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

	@Test
	void showsAPolicysMarkdownAsFormattedText() {
		String key = key();
		policies.createPolicy(key, "House rules", "# Be kind\n\nWe **listen** first.\n\n- Refer\n- Defer");
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		assertThat(mvc.get().uri("/policies/" + key).with(user(volunteer))).hasStatusOk()
			.bodyText()
			.contains("<h1>Be kind</h1>", "We <strong>listen</strong> first.", "<li>Refer</li>")
			.doesNotContain("**listen**", "# Be kind");
	}

	@Test
	void escapesRawHtmlAndDropsScriptLinksInAPolicy() {
		String key = key();
		policies.createPolicy(key, "Tricky",
				"<script>alert('policy')</script>\n\n[Read more](javascript:alert('link')) and <img src=x onerror=alert(1)>");
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		for (String page : new String[] { "/policies/" + key, "/acknowledgements/" + key }) {
			assertThat(mvc.get().uri(page).with(user(volunteer))).hasStatusOk()
				.bodyText()
				.contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;", ">Read more</a>")
				.doesNotContain("<script>alert", "javascript:alert", "<img src=x");
		}
	}

	@Test
	void reportsAWronglyWrittenKeyTogetherWithTheMissingText() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		assertThat(mvc.post()
			.uri("/admin/policies")
			.param("title", "Privacy")
			.param("key", "Privacy Policy!")
			.param("body", "")
			.with(user(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("A key is 2 to 60 lower-case letters, digits or dashes, like code-of-conduct.",
					"Write the policy’s text.");
	}

	@Test
	void reportsATakenKeyTogetherWithTheMissingTitle() {
		String key = key();
		policies.createPolicy(key, "First", "Text");
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		assertThat(mvc.post()
			.uri("/admin/policies")
			.param("title", "")
			.param("key", key)
			.param("body", "Other text")
			.with(user(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("There is already a policy with the key " + key, "Give the policy a title.");
		assertThat(policies.policy(key).orElseThrow().title()).isEqualTo("First");
	}

	@Test
	void answersAWronglyWrittenKeyAndAMissingTextInOneProblem() {
		String token = "Bearer " + tokens.create(PeopleFixture.create(accounts, Role.ADMIN).id(), "policy test");

		MvcTestResult result = mvc.post()
			.uri("/api/v1/policies")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"key": "Privacy Policy!", "title": "Privacy", "body": ""}""")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.errors.key")
			.isEqualTo("A key is 2 to 60 lower-case letters, digits or dashes, like code-of-conduct.");
		assertThat(result).bodyJson().extractingPath("$.errors.body").isEqualTo("Write the policy’s text.");
	}

	private static String key() {
		return "policy-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
