package org.hearth.people;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Registration never says whether an e-mail has an account: every accepted registration
 * gets the same answer, the next step comes by e-mail (a link that creates the account,
 * or, for an address that has one, a note with a reset link), and registrations are
 * limited per e-mail address and per network address.
 */
@HearthTest
class RegistrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheAccountOnlyFromTheLinkSentToANewAddressAndOnlyOnce() {
		String email = PeopleFixture.uniqueEmail("newcomer");

		MvcTestResult answer = register("Sky", email, "a long and lovely password", "198.51.100.10");

		assertThat(answer).hasStatus(202)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Check your e-mail to continue");
		assertThat(accounts.findByEmail(email)).isEmpty();
		String link = linkIn(onlyMailTo(email, "Finish registering with Hearth"), "/register/confirm?token=");
		String token = link.substring(link.indexOf("token=") + 6);

		assertThat(mvc.get().uri("/register/confirm").param("token", token)).hasStatusOk()
			.bodyText()
			.contains("Create my account");
		assertThat(confirm(token)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/sign-in");
		assertThat(accounts.findByEmail(email)).get()
			.satisfies(person -> assertThat(person.displayName()).isEqualTo("Sky"))
			.satisfies(person -> assertThat(person.role()).isEqualTo(Role.APPLICANT));
		assertThat(confirm(token)).hasStatusOk()
			.bodyText()
			.contains("This link has expired or was already used. Register again and we&#39;ll send a new one.");
	}

	@Test
	void answersATakenAddressAsANewOneAndTellsItsHolderWithAResetLink() {
		HearthUser holder = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String free = PeopleFixture.uniqueEmail("free");

		MvcTestResult forTaken = register("Intruder", holder.email(), "someone else's password", "198.51.100.11");
		MvcTestResult forFree = register("Intruder", free, "someone else's password", "198.51.100.12");

		assertThat(forTaken).hasStatus(202);
		assertThat(forFree).hasStatus(202);
		assertThat(body(forTaken).replace(holder.email(), "ADDRESS")).isEqualTo(body(forFree).replace(free, "ADDRESS"));
		String reset = linkIn(onlyMailTo(holder.email(), "Someone tried to register with your e-mail"),
				"/password/reset?token=");
		assertThat(accounts.isUsablePasswordToken(reset.substring(reset.indexOf("token=") + 6))).isTrue();
		assertThat(accounts.findByEmail(holder.email())).get()
			.extracting(PersonSummary::displayName)
			.isEqualTo(holder.displayName());
	}

	@Test
	void takesThreeRegistrationsAnHourForOneAddressThenSaysWhenToComeBack() {
		String email = PeopleFixture.uniqueEmail("often");
		for (int i = 0; i < 3; i++) {
			assertThat(register("Often", email, "a long and lovely password", "198.51.100." + (20 + i))).hasStatus(202);
		}

		MvcTestResult api = register("Often", email, "a long and lovely password", "198.51.100.30");
		var page = mvc.post().uri("/register").with(csrf()).with(request -> {
			request.setRemoteAddr("198.51.100.31");
			return request;
		}).param("name", "Often").param("email", email).param("password", "a long and lovely password").exchange();

		assertThat(api).hasStatus(429).headers().containsHeader("Retry-After");
		assertThat(api).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Many registrations came from here or for this address in the last hour. Please try again in ");
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Many registrations came from here or for this address in the last hour.");
	}

	@Test
	void refusesRegistrationsFromANetworkAddressThatHadItsShare() {
		String address = "198.51.100.77";
		jdbc.sql("""
				insert into throttle (key, count, window_start, locked_until)
				values (:key, 20, now(), now() + interval '30 minutes')
				on conflict (key) do update set count = 20, window_start = now(),
				    locked_until = now() + interval '30 minutes'""").param("key", "register:" + address).update();

		MvcTestResult answer = register("Late", PeopleFixture.uniqueEmail("late"), "a long and lovely password",
				address);

		assertThat(answer).hasStatus(429);
		assertThat(Long.parseLong(answer.getResponse().getHeader("Retry-After")))
			.isBetween(Duration.ofMinutes(25).toSeconds(), Duration.ofMinutes(30).toSeconds());
	}

	private MvcTestResult register(String name, String email, String password, String address) {
		return mvc.post().uri("/api/v1/registrations").with(request -> {
			request.setRemoteAddr(address);
			return request;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\", \"email\": \"%s\", \"password\": \"%s\"}".formatted(name, email, password))
			.exchange();
	}

	private MvcTestResult confirm(String token) {
		return mvc.post().uri("/register/confirm").with(csrf()).param("token", token).exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MimeMessage onlyMailTo(String email, String subject) {
		await().atMost(Duration.ofSeconds(60)).until(() -> TestMail.to(mail, email).size() == 1);
		MimeMessage message = TestMail.to(mail, email).get(0);
		try {
			assertThat(message.getSubject()).isEqualTo(subject);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return message;
	}

	private static String linkIn(MimeMessage message, String path) {
		String text = TestMail.text(message);
		String link = text.replaceAll("(?s).*(http://\\S+" + java.util.regex.Pattern.quote(path) + "\\S+).*", "$1");
		assertThat(link).contains(path);
		return link;
	}

}
