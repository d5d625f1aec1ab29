package org.hearth.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.hearth.TestMail;
import org.hearth.gatherings.Audience;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.GatheringPlan;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Venue;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Trainings through the real pages: staff schedule one for a program's volunteers, who
 * find it on their home page and answer; the lead who ran last month's takes attendance,
 * and the volunteer who missed it is offered the next.
 */
class GatheringJourneys extends BrowserJourney {

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

	@Autowired
	Gatherings gatherings;

	@Test
	void staffScheduleATrainingAndTheLeadWhoRanTheLastTakesAttendance() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		HearthUser ben = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		ProgramId program = enrolments.ofVolunteer(noor.id()).get(0).program();
		String programName = catalog.program(program).orElseThrow().name();
		ZoneId london = ZoneId.of("Europe/London");
		Gathering last = gatherings.recordHeld(new GatheringPlan(GatheringKind.TRAINING, "Last month's training", "",
				LocalDate.now(london).minusDays(3), LocalTime.of(18, 0), london, 60, Venue.at("Room 4"),
				new Audience(program, true, false, false), serving.lead.id(), 1), staff);

		signInAs(staff);
		follow("Schedule a training or lead meeting");
		shows("Schedule a training or lead meeting");
		type("Title", "Warm endings");
		fill("date", LocalDate.now(london).plusDays(14).toString());
		fill("time", "18:30");
		new Select(browser.findElement(By.id("zone"))).selectByVisibleText("Europe/London");
		type("How long, in minutes", "90");
		type("Online: the meeting link", "https://meet.example.org/warm-endings");
		new Select(browser.findElement(By.id("program"))).selectByVisibleText(programName);
		press("Schedule and invite");
		shows("Training “Warm endings” is scheduled", "2 people are invited and told", "Who took part");

		press("Sign out " + staff.email());
		signInAs(noor);
		shows("Will you come? Training “Warm endings”");
		browser.findElement(By.partialLinkText("Will you come? Training “Warm endings”")).click();
		browser.findElement(By.xpath("//label[normalize-space()=\"Yes, I'll be there\"]")).click();
		press("Send my answer");
		shows("We look forward to seeing you");

		press("Sign out " + noor.email());
		signInAs(serving.lead);
		open("/gatherings/" + last.id());
		shows("Tick everyone who took part", noor.displayName(), ben.displayName());
		browser.findElement(By.xpath("//label[contains(normalize-space(), '" + noor.displayName() + "')]")).click();
		press("Save attendance");
		shows("Attendance is saved: 1 of 3 took part");

		press("Sign out " + serving.lead.email());
		signInAs(ben);
		shows("We missed you last time: join the training “Warm endings”");
	}

	private void fill(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
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
