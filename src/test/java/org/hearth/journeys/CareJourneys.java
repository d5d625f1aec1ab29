package org.hearth.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.hearth.TestMail;
import org.hearth.care.CareFixture;
import org.hearth.care.DutyRota;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crisis path in a browser: a member's message reaches the screening API, and the
 * SWAT Facilitator on duty sees the alert under the bell, opens the escalation, says they
 * have it and records what was done.
 */
class CareJourneys extends BrowserJourney {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DutyRota rota;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onDutyFacilitatorAcknowledgesAnAlertAndRecordsTheOutcome() throws Exception {
		HearthUser facilitator = CareFixture.swatFacilitator(accounts);
		rota.addChange(facilitator, Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofHours(2)),
				true, "covering tonight");
		String token = tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "discord bot");
		String handle = "journey-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> screened = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/screenings"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"text": "i can't do this anymore, i want to end it all", "authorRole": "member",
						 "memberHandle": "%s", "source": "discord"}""".formatted(handle)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(screened.statusCode()).isEqualTo(200);
		assertThat(screened.body()).contains("share_crisis_resources_and_alert_swat");
		long reference = await().atMost(Duration.ofSeconds(30)).until(() -> escalationReference(handle), r -> r > 0);
		String alert = "A member may be in danger — escalation #" + reference;

		signIn(facilitator.email(), PeopleFixture.PASSWORD);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hello, " + facilitator.displayName()));
		assertThat(browser.findElement(By.cssSelector("#notifications-bell .count")).getText()).isEqualTo("1");
		browser.findElement(By.id("notifications-bell")).click();
		shows(alert, "Urgent");
		press("Open: " + alert);

		assertThat(heading()).isEqualTo("Escalation #" + reference);
		shows("Waiting for someone to acknowledge", "discord: " + handle, "Now alerted: ");
		press("I have it");
		shows("You have it. Reach out to the member, then record what was done.",
				"Acknowledged by " + facilitator.displayName());

		browser.findElement(By.xpath("//label[normalize-space()='Crisis resources shared']")).click();
		type("Note", "Reached them on Discord; they are with a friend tonight and have the numbers.");
		press("Record the outcome");
		shows("Outcome recorded. Thank you for looking after this member.",
				"Crisis resources shared, recorded by " + facilitator.displayName(), "they are with a friend tonight");
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='I have it']"))).isEmpty();

		assertThat(jdbc
			.sql("""
					select status || ' ' || outcome || ' ' || acknowledged_by from care_escalation where reference = :reference""")
			.param("reference", reference)
			.query(String.class)
			.single()).isEqualTo("CLOSED RESOURCES_SHARED " + facilitator.id().value());
	}

	private long escalationReference(String handle) {
		return jdbc.sql("""
				select coalesce(max(e.reference), 0) from care_escalation e join care_member m on m.id = e.member_id
				where m.handle = :handle""").param("handle", handle).query(Long.class).single();
	}

	/**
	 * Waits until the page shows every text, so a page still loading is not read too
	 * early.
	 */
	private void shows(String... texts) {
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(pageText()).contains(texts));
	}

}
