package org.hearth.people;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through a real OpenID Connect issuer running in the test: the issuer vouches
 * for an e-mail, and Hearth signs in the person with that e-mail, with their Hearth role,
 * or nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hearth.data-dir=target/test-data-sso")
class SingleSignOnTests {

	static final MockOAuth2Server issuer = new MockOAuth2Server();

	static {
		issuer.start();
	}

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "registration.staff-sso.client-id", () -> "hearth");
		registry.add(prefix + "registration.staff-sso.client-secret", () -> "secret");
		registry.add(prefix + "registration.staff-sso.client-name", () -> "Staff SSO");
		registry.add(prefix + "registration.staff-sso.scope", () -> "openid,email,profile");
		registry.add(prefix + "provider.staff-sso.issuer-uri", () -> issuer.issuerUrl("staff").toString());
	}

	@AfterAll
	static void stopIssuer() {
		issuer.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void signsInPersonWhoseEmailTheIssuerVouchesFor() throws Exception {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		issuer.enqueueCallback(new DefaultOAuth2TokenCallback("staff", "subject-1", "JWT", null,
				Map.of("email", staff.email(), "email_verified", true), 3600));
		HttpClient browser = browser();

		assertThat(get(browser, "/sign-in").body()).contains("Sign in with Staff SSO");
		HttpResponse<String> home = get(browser, "/oauth2/authorization/staff-sso");

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Hello, <span>" + staff.displayName() + "</span>");
		assertThat(get(browser, "/account").body()).contains("Signed in as <strong>" + staff.email());
	}

	@Test
	void refusesEmailWithoutHearthAccount() throws Exception {
		issuer.enqueueCallback(new DefaultOAuth2TokenCallback("staff", "subject-2", "JWT", null,
				Map.of("email", "stranger@elsewhere.example", "email_verified", true), 3600));
		HttpClient browser = browser();

		HttpResponse<String> page = get(browser, "/oauth2/authorization/staff-sso");

		assertThat(page.uri().getPath()).isEqualTo("/sign-in");
		assertThat(page.body()).contains("no Hearth account uses that e-mail address");
		assertThat(get(browser, "/account").uri().getPath()).isEqualTo("/sign-in");
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.cookieHandler(new CookieManager())
			.build();
	}

}
