package org.hearth.journeys;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A weekly check-in through the real pages: the volunteer checks in from their home page
 * and asks for a debrief; their lead sees it on the check-ins page with the chart, and
 * the wish under the bell.
 */
class CheckInJourneys extends BrowserJourney {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Test
	void aVolunteerChecksInAndTheirLeadSeesItWithTheChart() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();

		signInAs(volunteer);
		follow("Check in");
		shows("Your load this week", "How are you this week?");
		browser.findElement(By.xpath("//label[normalize-space()='2 – Low']")).click();
		type("Hours served this week", "3.5");
		type("What weighed on you", "A member talked about losing their dog; it stayed with me.");
		browser.findElement(By.xpath("//label[contains(normalize-space(), 'debrief')]")).click();
		press("Check in");
		shows("Thank you for checking in", "Your lead will reach out about a debrief");
		open("/checkins");
		shows("A member talked about losing their dog", "2 – Low", "3.5 hours");

		press("Sign out " + volunteer.email());
		signInAs(serving.lead);
		open("/lead/checkins");
		shows(volunteer.displayName(), "would like a debrief",
				volunteer.displayName() + " checked in 1 of the last 12 weeks.");
		assertThat(browser.findElements(By.cssSelector("svg[role='img'] circle"))).hasSize(1);
		follow(volunteer.displayName());
		shows("A member talked about losing their dog", "Log a conversation as their check-in");
		open("/notifications");
		shows(volunteer.displayName() + " would like a debrief");
	}

	private void signInAs(HearthUser user) {
		signIn(user.email(), PeopleFixture.PASSWORD);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hello, " + user.displayName()));
	}

	private void shows(String... texts) {
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(pageText()).contains(texts));
	}

}
