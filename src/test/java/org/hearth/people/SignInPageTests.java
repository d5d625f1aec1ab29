package org.hearth.people;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page shows each message only when it is true. */
@HearthTest
class SignInPageTests {

	private static final String SIGNED_OUT = "You're signed out. Take care.";

	private static final String NO_ACCOUNT = "no Hearth account uses that e-mail address";

	private static final String WRONG_PASSWORD = "That e-mail and password don't match an account.";

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsNoMessageOnAFirstVisit() {
		assertThat(mvc.get().uri("/sign-in")).hasStatusOk()
			.bodyText()
			.contains("<h1>Sign in</h1>")
			.doesNotContain(SIGNED_OUT, NO_ACCOUNT, WRONG_PASSWORD, "role=\"alert\"");
	}

	@Test
	void saysSignedOutOnlyAfterSigningOut() {
		assertThat(mvc.get().uri("/sign-in?signed-out")).bodyText()
			.contains(SIGNED_OUT)
			.doesNotContain(NO_ACCOUNT, WRONG_PASSWORD);
	}

	@Test
	void saysOnlyThatThePasswordDidNotMatchAfterAWrongPassword() {
		assertThat(mvc.get().uri("/sign-in?error")).bodyText()
			.contains(WRONG_PASSWORD)
			.doesNotContain(SIGNED_OUT, NO_ACCOUNT);
	}

	@Test
	void saysNoAccountOnlyAfterAnIdentityProviderSignedInAStranger() {
		assertThat(mvc.get().uri("/sign-in?no-account")).bodyText()
			.contains(NO_ACCOUNT)
			.doesNotContain(SIGNED_OUT, WRONG_PASSWORD);
	}

}
