package org.hearth.people;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The account pages as a browser sees them: errors beside fields, htmx fragments, stale
 * edits refused.
 */
@HearthTest
class AccountPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void showsEachRegistrationErrorBesideItsFieldAndKeepsWhatWasTyped() {
		var result = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("name", "")
			.param("email", "sky@")
			.param("password", "short")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("<p class=\"error\" id=\"name-error\">Tell us what to call you.</p>")
			.contains("id=\"email-error\">This doesn’t look like an e-mail address.</p>")
			.contains("id=\"password-error\">Choose a password of 12 to 128 characters.</p>")
			.contains("aria-describedby=\"email-error\"")
			.contains("value=\"sky@\"");
	}

	@Test
	void answersRegistrationWithATakenEmailExactlyAsWithANewOne() throws Exception {
		String taken = PeopleFixture.uniqueEmail("taken");
		String free = PeopleFixture.uniqueEmail("free");
		accounts.registerApplicant(taken, "First", PeopleFixture.PASSWORD);

		String forTaken = registrationAnswer("Second", taken, "another long password");
		String forFree = registrationAnswer("Second", free, "another long password");

		assertThat(forTaken).contains("Check your e-mail to continue").doesNotContain("already exists", "error");
		assertThat(forTaken.replace(taken, "ADDRESS")).isEqualTo(forFree.replace(free, "ADDRESS"));
		assertThat(accounts.findByEmail(taken)).get().extracting(PersonSummary::displayName).isEqualTo("First");
		assertThat(accounts.findByEmail(free)).as("created only from the e-mailed link").isEmpty();
	}

	private String registrationAnswer(String name, String email, String password) throws Exception {
		var result = mvc.post().uri("/register").with(csrf()).with(request -> {
			request.setRemoteAddr("192.0.2." + (1 + (email.hashCode() & 0x7f)));
			return request;
		}).param("name", name).param("email", email).param("password", password).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("(?s).*(<main.*</main>).*", "$1");
	}

	@Test
	void namesTheZoneOfWhenATokenWasLastUsed() {
		HearthUser person = PeopleFixture.create(accounts, Role.VOLUNTEER);
		tokens.create(person.id(), "calendar sync");

		assertThat(mvc.get()
			.uri("/account")
			.with(user(person))
			.cookie(new jakarta.servlet.http.Cookie(org.hearth.shared.ViewerZone.COOKIE, "Asia/Kolkata"))).hasStatusOk()
			.bodyText()
			.contains("Last used (Asia/Kolkata)");
	}

	@Test
	void returnsOnlyTheResultsFragmentToHtmx() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		var full = mvc.get().uri("/admin/people").param("q", admin.email()).with(user(admin)).exchange();
		var fragment = mvc.get()
			.uri("/admin/people")
			.param("q", admin.email())
			.header("HX-Request", "true")
			.with(user(admin))
			.exchange();

		assertThat(full).bodyText().contains("<html", "<h1>People</h1>", admin.email());
		assertThat(fragment).bodyText()
			.doesNotContain("<html", "<h1>")
			.contains("id=\"results\"", admin.email(), "1 person");
	}

	@Test
	void showsRoleChangeFromStaleFormAsErrorWithoutOverwriting() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		accounts.changeRole(volunteer.id(), Role.STAFF, null, 0);

		var result = mvc.post()
			.uri("/admin/people/" + volunteer.id() + "/role")
			.with(csrf())
			.with(user(admin))
			.param("role", "ADMIN")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Someone else changed");
		assertThat(accounts.find(volunteer.id())).get().extracting(PersonSummary::role).isEqualTo(Role.STAFF);
	}

	@Test
	void showsTokenSecretOnceAndOnlyItsPrefixAfterwards() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		var created = mvc.post()
			.uri("/account/tokens")
			.with(csrf())
			.with(user(volunteer))
			.param("name", "Report script")
			.exchange();
		String page = created.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String secret = page.replaceAll("(?s).*(hth_[A-Za-z0-9_-]{40,}).*", "$1");

		assertThat(secret).startsWith("hth_");
		assertThat(mvc.get().uri("/account").with(user(volunteer))).bodyText()
			.contains("Report script", secret.substring(0, 10))
			.doesNotContain(secret);
	}

}
