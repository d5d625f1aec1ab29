package org.hearth.site;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages as a browser gets them, through the real server: each one says what
 * happened and what to do next.
 */
@HearthTest
class ErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void saysThePageExpiredWhenAFormArrivesWithoutItsToken() throws Exception {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		signIn(staff);

		var response = post("/staff/applications/" + UUID.randomUUID() + "/acceptance", "version=0");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("This page has expired")
			.contains("Reload the page")
			.doesNotContain("open to your role");
	}

	@Test
	void saysTheFormWasIncompleteOnABadRequest() throws Exception {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String token = signIn(staff);

		var response = post("/staff/applications/" + UUID.randomUUID() + "/acceptance", "_csrf=" + token);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("We couldn’t read what was sent", "Go back, reload the page and try again")
			.doesNotContain("Something went wrong");
	}

	private String signIn(HearthUser user) throws Exception {
		String token = token("/sign-in");
		var response = post("/sign-in", "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode(PeopleFixture.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
		assertThat(response.statusCode()).isEqualTo(302);
		return token("/account");
	}

	private String token(String page) throws Exception {
		var matcher = CSRF.matcher(get(page).body());
		assertThat(matcher.find()).as("a form with its token on " + page).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
