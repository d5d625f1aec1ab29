package org.hearth.people;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.hearth.shared.Secrets;
import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing in and resetting a password as an attacker would try them (OWASP ASVS level 2):
 * guessing is throttled in the database, a reset ends every session and works once, and
 * the headers a browser needs behind TLS are sent without trusting a forged Host.
 */
@HearthTest
class SignInSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessControl access;

	@LocalServerPort
	int port;

	@Test
	void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String address = randomAddress();
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(volunteer.email(), "not the password", address)).redirectedUrl()
				.isEqualTo("/sign-in?error");
		}

		assertThat(signIn(volunteer.email(), "not the password", address)).redirectedUrl()
			.isEqualTo("/sign-in?locked=1");
		MvcTestResult rightPassword = signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress());

		assertThat(rightPassword).redirectedUrl().isEqualTo("/sign-in?locked=1");
		assertThat(rightPassword.getRequest().getSession(false) == null
				|| rightPassword.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null)
			.isTrue();
		assertThat(mvc.get().uri("/sign-in?locked=1")).bodyText()
			.contains("Too many unsuccessful sign-ins", "wait <span>1</span> minute(s)");
		assertThat(failuresOf("account:" + volunteer.email())).isEqualTo(5);
	}

	@Test
	void doublesTheLockWithEachFurtherFailureUpToFifteenMinutes() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String key = "account:" + volunteer.email();
		for (int i = 0; i < 5; i++) {
			signIn(volunteer.email(), "not the password", randomAddress());
		}
		var locks = new ArrayList<Long>();
		locks.add(lockSeconds(key));
		for (int i = 0; i < 6; i++) {
			// As if the lock had run out, on this instance or another.
			jdbc.sql("update throttle set locked_until = now() - interval '1 second' where key = :key")
				.param("key", key)
				.update();
			signIn(volunteer.email(), "not the password", randomAddress());
			locks.add(lockSeconds(key));
		}

		assertThat(locks).hasSize(7);
		assertThat(locks.get(0)).isBetween(25L, 30L);
		assertThat(locks.get(1)).isBetween(55L, 60L);
		assertThat(locks.get(2)).isBetween(115L, 120L);
		assertThat(locks.get(5)).isBetween(895L, 900L);
		assertThat(locks.get(6)).isBetween(895L, 900L);
	}

	@Test
	void clearsTheAccountsCountOnASuccessfulSignIn() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		for (int i = 0; i < 3; i++) {
			signIn(volunteer.email(), "not the password", randomAddress());
		}

		assertThat(signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress())).redirectedUrl().isEqualTo("/");
		assertThat(failuresOf("account:" + volunteer.email())).isZero();
	}

	@Test
	void locksAnAddressAfterTwentyFailuresAcrossAccounts() {
		String address = randomAddress();
		for (int i = 0; i < 19; i++) {
			assertThat(signIn(PeopleFixture.uniqueEmail("guess"), "not the password", address)).redirectedUrl()
				.isEqualTo("/sign-in?error");
		}
		assertThat(signIn(PeopleFixture.uniqueEmail("guess"), "not the password", address)).redirectedUrl()
			.isEqualTo("/sign-in?locked=1");

		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		assertThat(signIn(volunteer.email(), PeopleFixture.PASSWORD, address)).redirectedUrl()
			.isEqualTo("/sign-in?locked=1");
		assertThat(signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void signsOutEverySessionOfThePersonOnPasswordReset() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress());
		signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress());
		assertThat(sessionsOf(volunteer.email())).isEqualTo(2);

		accounts.resetPassword(resetToken(volunteer), "a brand new passphrase");

		assertThat(sessionsOf(volunteer.email())).isZero();
	}

	@Test
	void signsOutEverySessionOfThePersonWhenTheirAccessIsSuspended() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress());
		signIn(volunteer.email(), PeopleFixture.PASSWORD, randomAddress());
		assertThat(sessionsOf(volunteer.email())).isEqualTo(2);

		access.suspend(volunteer.id(), "A critical case is under review");

		assertThat(sessionsOf(volunteer.email())).isZero();
	}

	@Test
	void setsThePasswordOnceWhenTenUseOneResetLinkAtOnceAndTellsTheOthersWhy() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String token = resetToken(volunteer);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MvcTestResult>> uses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			for (int i = 0; i < 10; i++) {
				String password = "parallel passphrase " + i;
				uses.add(pool.submit(() -> {
					start.await();
					return mvc.post()
						.uri("/password/reset")
						.with(csrf())
						.param("token", token)
						.param("password", password)
						.exchange();
				}));
			}
			start.countDown();
			List<MvcTestResult> results = new ArrayList<>();
			for (Future<MvcTestResult> use : uses) {
				results.add(use.get(60, TimeUnit.SECONDS));
			}

			assertThat(results).filteredOn(result -> result.getResponse().getStatus() == 302)
				.singleElement()
				.satisfies(result -> assertThat(result).redirectedUrl().isEqualTo("/sign-in"));
			assertThat(results).filteredOn(result -> result.getResponse().getStatus() != 302)
				.hasSize(9)
				.allSatisfy(result -> assertThat(result).hasStatusOk()
					.bodyText()
					.containsAnyOf("This link has expired or was already used.",
							"Your password was changed a moment ago with another link."));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void marksTheSessionCookieSecureAndSendsHstsBehindTls() throws Exception {
		String response = rawGet("/account", "hearth.example.org", true);

		assertThat(response).startsWith("HTTP/1.1 302");
		assertThat(header(response, "Set-Cookie")).contains("SESSION=").containsIgnoringCase("Secure");
		assertThat(header(response, "Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(response, "Permissions-Policy")).contains("camera=()", "geolocation=()");
	}

	@Test
	void sendsNoHstsAndNoSecureCookieOverPlainHttp() throws Exception {
		String response = rawGet("/account", "localhost", false);

		assertThat(header(response, "Set-Cookie")).contains("SESSION=").doesNotContainIgnoringCase("Secure");
		assertThat(header(response, "Strict-Transport-Security")).isNull();
		assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void neverReflectsAForgedHostInTheSignInRedirect() throws Exception {
		for (String path : new String[] { "/account", "/staff/conduct", "/admin/people" }) {
			String response = rawGet(path, "attacker.example", false);

			assertThat(header(response, "Location")).as(path).startsWith("/").doesNotContain("attacker.example");
		}
	}

	private MvcTestResult signIn(String email, String password, String address) {
		return mvc.post().uri("/sign-in").with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", email).param("password", password).exchange();
	}

	private static String randomAddress() {
		UUID random = UUID.randomUUID();
		return "10." + (random.getLeastSignificantBits() & 0xff) + "."
				+ ((random.getLeastSignificantBits() >> 8) & 0xff) + "."
				+ ((random.getLeastSignificantBits() >> 16) & 0xff);
	}

	private int failuresOf(String key) {
		return jdbc.sql("select count from throttle where key = :key")
			.param("key", key)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private long lockSeconds(String key) {
		Timestamp until = jdbc.sql("select locked_until from throttle where key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.single();
		return Duration.between(Instant.now(), until.toInstant()).toSeconds();
	}

	private int sessionsOf(String email) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", email)
			.query(Integer.class)
			.single();
	}

	private String resetToken(HearthUser person) {
		String token = Secrets.newSecret("");
		jdbc.sql("""
				insert into password_token (token_hash, person_id, purpose, created_at, expires_at)
				values (:hash, :person, 'RESET', now(), now() + interval '1 hour')""")
			.param("hash", Secrets.hash(token))
			.param("person", person.id().value())
			.update();
		return token;
	}

	/**
	 * A request over a plain socket, so the Host header can be anything a client sends.
	 */
	private String rawGet(String path, String host, boolean behindTls) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
					+ (behindTls ? "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n" : "")
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			String text = response.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			return end < 0 ? text : text.substring(0, end);
		}
	}

	private static String header(String response, String name) {
		for (String line : response.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

}
