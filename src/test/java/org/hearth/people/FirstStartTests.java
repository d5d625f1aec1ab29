package org.hearth.people;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.hearth.HearthApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A brand-new organisation on its own empty database: no admin and no default password,
 * only a one-time setup link, or the create-admin command.
 */
@SpringBootTest(properties = "hearth.data-dir=target/test-data-first-start")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	FirstAdminSetup setup;

	@Test
	@Order(1)
	void createsFirstAdminOnceFromSetupLink() {
		assertThat(accounts.hasAdmin()).isFalse();
		String link = setup.issueSetupLink().orElseThrow();
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(mvc.get().uri("/setup").param("token", "not-the-token")).bodyText()
			.contains("expired, was already used");

		var done = mvc.post()
			.uri("/setup")
			.with(csrf())
			.param("token", token)
			.param("name", "First Admin")
			.param("email", "first@test.hearth.example")
			.param("password", PeopleFixture.PASSWORD)
			.exchange();

		assertThat(done).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/sign-in");
		assertThat(accounts.findByEmail("first@test.hearth.example")).get()
			.extracting(PersonSummary::role)
			.isEqualTo(Role.ADMIN);
		assertThat(setup.issueSetupLink()).isEmpty();
		assertThat(mvc.get().uri("/setup").param("token", token)).bodyText().contains("expired, was already used");
	}

	@Test
	@Order(2)
	void createAdminCommandPrintsOneTimePasswordLink() {
		var output = new ByteArrayOutputStream();
		PrintStream original = System.out;
		int exit;
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			var application = new SpringApplication(HearthApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			try (var context = application.run("--hearth.command=create-admin",
					"--hearth.command.email=second@test.hearth.example", "--hearth.command.name=Second Admin",
					"--hearth.data-dir=target/test-data-first-start")) {
				exit = SpringApplication.exit(context);
			}
		}
		finally {
			System.setOut(original);
		}

		String printed = output.toString(StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		assertThat(printed).contains("Created admin second@test.hearth.example.")
			.containsPattern("http://localhost:8080/password/reset\\?token=[A-Za-z0-9_-]{40,}");
		String token = printed.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(accounts.isUsablePasswordToken(token)).isTrue();
		assertThat(accounts.findByEmail("second@test.hearth.example")).get()
			.extracting(PersonSummary::role)
			.isEqualTo(Role.ADMIN);
	}

	@Test
	@Order(3)
	void translatesFriendlyFlagsIntoProperties() {
		assertThat(HearthApplication.translate("--demo", "--email", "a@b.org", "--name", "A B", "--server.port=9"))
			.containsExactly("--hearth.demo.enabled=true", "--hearth.command.email=a@b.org",
					"--hearth.command.name=A B", "--server.port=9");
	}

}
