package org.hearth.journeys;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AccountJourneys extends BrowserJourney {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Test
	void signsInSeesHomeAndSignsOut() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		open("/sign-in");
		assertThat(pageText()).doesNotContain("You're signed out", "no Hearth account uses that e-mail",
				"don't match an account");
		type("E-mail", staff.email());
		type("Password", "not the password at all");
		press("Sign in");
		assertThat(heading()).isEqualTo("Sign in");
		assertThat(pageText()).contains("That e-mail and password don't match an account.")
			.doesNotContain("You're signed out", "no Hearth account uses that e-mail");

		signIn(staff.email(), PeopleFixture.PASSWORD);

		assertThat(heading()).isEqualTo("Hello, " + staff.displayName());
		assertThat(pageText()).contains("Your account", "Signed in as " + staff.email());
		press("Sign out " + staff.email());
		assertThat(heading()).isEqualTo("Sign in");
		assertThat(pageText()).contains("You're signed out")
			.doesNotContain("no Hearth account uses that e-mail", "don't match an account");
		open("/account");
		assertThat(heading()).isEqualTo("Sign in");
	}

	@Test
	void registersAsApplicantAfterFixingMistakes() {
		String email = PeopleFixture.uniqueEmail("newcomer");
		open("/");
		follow("Volunteer with us");
		type("What should we call you?", "Sky");
		type("E-mail", "not-an-email");
		type("Password", "short");
		press("Create my account");

		assertThat(pageText()).contains("This doesn’t look like an e-mail address.",
				"Choose a password of 12 to 128 characters.");
		type("E-mail", email);
		type("Password", "a long and lovely password");
		press("Create my account");

		assertThat(heading()).isEqualTo("Check your e-mail");
		assertThat(pageText()).contains("Check your e-mail to continue");

		await().until(() -> TestMail.to(mail, email).size() == 1);
		String text = TestMail.text(TestMail.to(mail, email).get(0));
		String link = text.replaceAll("(?s).*(http://\\S+/register/confirm\\?token=\\S+).*", "$1");
		browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
		press("Create my account");
		assertThat(pageText()).contains("Welcome to Hearth, Sky.");
		signIn(email, "a long and lovely password");
		assertThat(heading()).isEqualTo("Hello, Sky");
		assertThat(pageText()).contains("Applicant");
	}

	@Test
	void resetsForgottenPasswordFromEmailedLink() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		open("/sign-in");
		follow("Forgot your password?");
		type("E-mail", volunteer.email());
		press("Send me a link");
		assertThat(heading()).isEqualTo("Check your e-mail");

		await().until(() -> TestMail.to(mail, volunteer.email()).size() == 1);
		String text = TestMail.text(TestMail.to(mail, volunteer.email()).get(0));
		String link = text.replaceAll("(?s).*(http://\\S+/password/reset\\?token=\\S+).*", "$1");
		browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
		type("New password", "my brand new password");
		press("Save my new password");

		assertThat(pageText()).contains("Your new password is set.");
		signIn(volunteer.email(), "my brand new password");
		assertThat(heading()).isEqualTo("Hello, " + volunteer.displayName());

		browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
		assertThat(pageText()).contains("This link has expired or was already used.");
	}

}
