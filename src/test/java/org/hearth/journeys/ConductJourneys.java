package org.hearth.journeys;

import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.hearth.conduct.NewReport;
import org.hearth.conduct.ReportCategory;
import org.hearth.conduct.Reports;
import org.hearth.conduct.Subject;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.hearth.TestMail;
import org.hearth.conduct.ConductTest;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ConductTest
class ConductJourneys extends BrowserJourney {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	Reports reports;

	@Test
	void takesACaseFromReportToDecisionAndTellsTheVolunteerWhy() {
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		signIn(reporter.email(), PeopleFixture.PASSWORD);
		follow("Report a situation");
		assertThat(heading()).isEqualTo("Report a situation");
		press("Send the report");
		assertThat(pageText()).contains("Choose what kind of situation this is.",
				"Tell us in a few words what happened.", "Please tell us whether you are safe right now.");
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Harassment or abuse");
		type("The volunteer’s name or e-mail", subject.email());
		type("What happened", "They called a member worthless for asking for help.");
		browser.findElement(By.id("safe1")).click();
		press("Send the report");
		assertThat(heading()).isEqualTo("Your report");
		assertThat(pageText()).contains("Thank you for telling us.", "Received");
		press("Sign out " + reporter.email());

		signIn(staff.email(), PeopleFixture.PASSWORD);
		follow("Open the queue");
		assertThat(heading()).isEqualTo("Conduct desk");
		browser.findElement(By.xpath("//tr[td[normalize-space()='" + subject.displayName() + "']]//a")).click();
		assertThat(heading()).startsWith("Case #").endsWith("Harassment or abuse");
		String casePage = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
		assertThat(pageText()).contains("They called a member worthless", "Raised by " + reporter.displayName());
		press("Take this case");
		assertThat(pageText()).contains("You took the case.", "In review");
		new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("Warning");
		type("Rationale", "Too short");
		press("Record the decision");
		assertThat(pageText()).contains("Write the reasons for this decision (at least 20 characters)");
		type("Rationale", "Calling a member worthless shames them for seeking help; this is a formal warning.");
		press("Record the decision");
		assertThat(pageText()).contains("Decided: Warning.", "Decided", "By " + staff.displayName());
		press("Sign out " + staff.email());

		signIn(subject.email(), PeopleFixture.PASSWORD);
		follow("Decisions and feedback for you");
		assertThat(pageText())
			.contains("Warning", "Calling a member worthless shames them",
					"Raised by: Someone who asked not to be named")
			.doesNotContain(reporter.displayName());
		type("Appeal this decision", "I was quoting what someone else said, to report it.");
		press("Send your appeal");
		assertThat(pageText()).contains("Your appeal is in. A different staff member will decide it.");
		press("Sign out " + subject.email());

		HearthUser colleague = PeopleFixture.create(accounts, Role.STAFF);
		signIn(colleague.email(), PeopleFixture.PASSWORD);
		assertThat(heading()).isEqualTo("Hello, " + colleague.displayName());
		open(casePage);
		assertThat(pageText()).contains("Decide the appeal", "The volunteer appealed:");
		new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("Feedback");
		type("Rationale", "The words were a quotation made to report them; feedback on quoting with care is enough.");
		press("Record the decision");
		assertThat(pageText()).contains("Appeal decided: Feedback", "overturned on appeal", "no longer counted");
		press("Sign out " + colleague.email());

		signIn(subject.email(), PeopleFixture.PASSWORD);
		follow("Decisions and feedback for you");
		assertThat(pageText())
			.contains("Warning (overturned on appeal)", "Your appeal changed this decision to feedback",
					"On your appeal: Feedback")
			.doesNotContain("This is a formal warning");
		press("Sign out " + subject.email());

		signIn(reporter.email(), PeopleFixture.PASSWORD);
		open("/conduct/reports");
		assertThat(pageText()).contains("Reviewed").doesNotContain("Warning", "Feedback");
	}

	@Test
	void showsAReporterTimesInTheirBrowsersOwnTimeZone() {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);

		signIn(reporter.email(), PeopleFixture.PASSWORD);
		open("/conduct/reports/new?category=CONFLICT");
		assertThat(pageText()).contains("When it happened (Asia/Tokyo)");
		type("What happened", "A long argument in the voice channel left me shaken.");
		browser.findElement(By.id("safe1")).click();
		press("Send the report");
		assertThat(heading()).isEqualTo("Your report");
		assertThat(pageText()).containsPattern("Sent\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} Asia/Tokyo");
		assertThat(browser.manage().getCookieNamed("hearth-tz").getValue()).isEqualTo("Asia/Tokyo");
	}

	@Test
	void showsTheConductQueueAsReadableCardsOnAPhone() {
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		reports.file(new NewReport(Subject.volunteer(subject.id()), ReportCategory.HARASSMENT,
				"They called a member worthless for asking for help.", null, null, null, true, true), reporter);
		browser.manage().window().setSize(new Dimension(390, 844));

		signIn(staff.email(), PeopleFixture.PASSWORD);
		open("/staff/conduct");
		assertThat(heading()).isEqualTo("Conduct desk");
		var page = (JavascriptExecutor) browser;
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(page.executeScript("""
				const cell = document.querySelector('.table-wrap tbody td:nth-child(2)');
				return getComputedStyle(cell, '::before').content;""")).asString().contains("Severity"));
		assertThat((Long) page.executeScript("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo((Long) page.executeScript("return window.innerWidth"));
		assertThat((Long) page.executeScript("""
				const wrap = document.querySelector('.table-wrap');
				return wrap.scrollWidth - wrap.clientWidth;""")).isZero();
	}

}
