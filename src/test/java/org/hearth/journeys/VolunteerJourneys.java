package org.hearth.journeys;

import java.time.Duration;
import java.time.LocalDate;

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
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.OnboardingFixture;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The volunteer journey in a browser, each person on their own pages. */
class VolunteerJourneys extends BrowserJourney {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	Onboarding onboarding;

	@Autowired
	Courses courses;

	@Autowired
	Acknowledgements acknowledgements;

	@Autowired
	BackgroundChecks checks;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Test
	void appliesTrainsIsActivatedWithALeadLogsHoursPausesAndResumes() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		signInAs(applicant);
		open("/apply/" + fixture.role.id());
		shows("Apply to serve as Peer Supporter");
		type("When are you usually available?", "Weekday evenings");
		type("Languages you can support people in", "English, Portuguese");
		type("Your time zone", "Europe/Lisbon");
		press("Send my application");
		shows("Tell us a little about why you’d like to serve.");
		type("Why would you like to serve?", "Peer support carried me through a hard winter.");
		press("Send my application");
		shows("Your application to serve as Peer Supporter");
		shows("Thank you for applying", "Submitted");
		String application = browser.getCurrentUrl().replaceAll(".*/applications/", "");

		switchTo(applicant, staff);
		open("/staff/applications/" + application);
		press("Accept into onboarding");
		shows("Accepted into onboarding");

		switchTo(staff, applicant);
		open("/applications/" + application);
		follow("Take " + fixture.course.name());
		shows("We listen.");
		choose("Change the subject to something lighter");
		choose("Your own experience");
		press("Check my answers");
		shows("1 of 2 right. Not quite yet");
		choose("Ask them directly, listen, and share crisis resources");
		choose("Your own experience");
		press("Check my answers");
		shows("You passed " + fixture.course.name());

		open("/applications/" + application);
		follow("Read Code of Conduct " + fixture.policy.substring("code-".length()));
		press("I have read and acknowledge version 1");
		shows("you acknowledged version 1");
		open("/applications/" + application);
		press("I am 18 or older");
		shows("Confirmed 18 or older", "To do");

		switchTo(applicant, staff);
		open("/staff/applications/" + application);
		shows("Activation waits for:", "A background check");
		new Select(browser.findElement(By.id("status"))).selectByVisibleText("Clear");
		type("Provider reference", "CHK-2026-001");
		setDate("expiresOn", LocalDate.now().plusYears(2));
		press("Record the check");
		shows("Background check recorded: Clear.");
		shows(fixture.lead.displayName() + " — speaks english");
		press("Activate");
		shows("Activated with " + fixture.lead.displayName() + " as lead volunteer.");

		switchTo(staff, applicant);
		open("/service");
		shows("Your lead volunteer: " + fixture.lead.displayName(), "Active");
		type("How many hours", "2.5");
		type("A note for your lead", "Evening shift in #support");
		press("Log my service");
		shows("Logged. Your lead volunteer will approve it.", "Waiting for your lead volunteer’s approval",
				"2.5 hours on " + LocalDate.now());

		switchTo(applicant, fixture.lead);
		open("/lead/volunteers");
		shows(applicant.displayName(), "2.5 hours on " + LocalDate.now());
		press("Approve " + applicant.displayName() + "’s service on " + LocalDate.now());
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(browser.findElement(By.id("waiting")).getText()).contains("Approved.",
					"Nothing is waiting for you."));
		assertThat(browser.findElement(By.id("volunteers")).getText()).contains("2.5 hours so far");

		switchTo(fixture.lead, applicant);
		open("/service");
		shows("Approved service: 2.5 hours so far");
		assertThat(pageText()).doesNotContain("Waiting for your lead volunteer’s approval", "of 0 hours");
		setDate(browser.findElement(By.xpath("//label[normalize-space()='Pause until']")).getDomAttribute("for"),
				LocalDate.now().plusWeeks(2));
		press("Pause my service");
		shows("You're paused until " + LocalDate.now().plusWeeks(2), "Paused until " + LocalDate.now().plusWeeks(2));
		assertThat(pageText()).doesNotContain("Paused Paused");
		press("Resume my service");
		shows("Welcome back. You're serving again.");
	}

	@Test
	void showsTheOtherRolesStillOpenAfterADisqualification() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		var application = onboarding.apply(applicant.id(), fixture.role.id(), OnboardingFixture.details());
		onboarding.accept(application.id(), application.version());

		signInAs(applicant);
		open("/applications/" + application.id());
		press("I am under 18");
		shows("This role asks for volunteers aged 18 or older", "Not met");

		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		switchTo(applicant, staff);
		open("/staff/applications/" + application.id());
		press("Disqualify: a requirement failed");
		shows("Disqualified.");

		switchTo(staff, applicant);
		open("/applications/" + application.id());
		shows("Other ways to serve", "that says nothing about the care you bring", "These roles are still open to you");
		assertThat(browser.findElements(By.linkText("Greeter"))).isNotEmpty();
	}

	@Test
	void showsStaffWhyNoOtherLeadCanTakeAVolunteer() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		HearthUser away = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(away.id(), enrolment.program(), 5, "English", "Europe/London");
		leads.goAway(away.id(), LocalDate.now().plusDays(3), serving.lead.id());
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		signInAs(staff);
		open("/staff/enrolments/" + enrolment.id());
		shows("Connect to another lead volunteer", "No other lead of the program can take them right now:",
				away.displayName() + " is away until " + LocalDate.now().plusDays(3));
		assertThat(pageText()).doesNotContain("Choose a lead volunteer.");
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Reassign']"))).isEmpty();
	}

	@Test
	void staffMendADeadEndedReassignmentWithALeadOfAnotherProgramAndSayWhy() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		Enrolment enrolment = enrolments.ofVolunteer(serving.volunteer().id()).get(0);
		String program = catalog.program(enrolment.program()).orElseThrow().name();
		HearthUser full = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(full.id(), enrolment.program(), 1, "English", "Europe/London");
		Enrolment another = enrolments.ofVolunteer(serving.volunteer().id()).get(0);
		enrolments.reassign(another.id(), full.id(), "Takes their one place");
		var elsewhere = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser both = elsewhere.lead;
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		signInAs(staff);
		open("/staff/enrolments/" + enrolment.id());
		shows("No other lead of the program can take them right now:",
				full.displayName() + " has no room (1 of 1 volunteers)");
		assertThat(pageText()).doesNotContain("Choose a lead volunteer.");
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Reassign']"))).isEmpty();

		follow("Lead volunteers");
		type("Find a person with the lead role", both.email());
		press("Find");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("who="));
		new Select(browser.findElement(By.id("lead")))
			.selectByVisibleText(both.displayName() + " (" + both.email() + ")");
		new Select(browser.findElement(By.id("program"))).selectByVisibleText(program);
		type("How many volunteers they can accompany", "4");
		type("Languages they speak", "English");
		type("Time zone", "Europe/London");
		press("Make lead");
		shows(both.displayName() + " is now a lead of the program.");
		assertThat(leads.servingProfilesOf(both.id())).hasSize(2);

		open("/staff/enrolments/" + enrolment.id());
		browser.findElement(By.xpath("//label[contains(normalize-space(), '" + both.displayName() + " — ')]")).click();
		type("Why", "Leads the volunteer's other program too");
		press("Reassign");
		shows("Connected to " + both.displayName() + ".", both.displayName() + ", from ",
				"(now): Leads the volunteer's other program too");
	}

	@Test
	void staffReassigningFromAPageAnotherStaffMemberMadeStaleAreToldAndTryAgain() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		HearthUser first = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(first.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser second = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(second.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		signInAs(staff);
		open("/staff/enrolments/" + enrolment.id());
		browser.findElement(By.xpath("//label[contains(normalize-space(), '" + second.displayName() + " — ')]"))
			.click();
		type("Why", "Shares their language");
		// Meanwhile a colleague, on the same page opened at the same time, connects the
		// volunteer to another lead.
		enrolments.reassign(enrolment.id(), first.id(), "Closer time zone", enrolment.version());
		press("Reassign");

		shows("Someone changed " + volunteer.displayName() + "'s service since you opened this page (their lead is now "
				+ first.displayName() + "), so nothing was changed. Reload the page to see who changed it",
				"Lead volunteer: " + first.displayName() + ".", "(now): Closer time zone");
		assertThat(enrolments.find(enrolment.id()).orElseThrow().lead()).isEqualTo(first.id());

		browser.findElement(By.xpath("//label[contains(normalize-space(), '" + second.displayName() + " — ')]"))
			.click();
		type("Why", "Shares their language");
		press("Reassign");
		shows("Connected to " + second.displayName() + ".", "(now): Shares their language");
	}

	@Test
	void staffChangeALeadsCapacityAndAreToldWhyTheyCannotGoBelowTheirVolunteers() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		serving.volunteer();
		serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		signInAs(staff);
		open("/staff/leads/" + serving.lead.id() + "/capacity?program=" + serving.program());
		shows("How many volunteers " + serving.lead.displayName() + " accompanies in",
				"accompanies 2 of up to 50 volunteers there now.");
		type("How many volunteers at most", "1");
		press("Save capacity");
		shows("leads 2 volunteers in", "so the capacity can't be below 2. Connect some of them to another lead first");
		assertThat(leads.find(serving.lead.id(), serving.program()).orElseThrow().capacity()).isEqualTo(50);

		type("How many volunteers at most", "3");
		press("Save capacity");
		shows(serving.lead.displayName() + " can now accompany up to 3 volunteers in ");
		assertThat(leads.find(serving.lead.id(), serving.program()).orElseThrow().capacity()).isEqualTo(3);
	}

	private void switchTo(HearthUser from, HearthUser to) {
		press("Sign out " + from.email());
		signInAs(to);
	}

	/**
	 * Signs in and waits for the home page, so the next page is opened as this person.
	 */
	private void signInAs(HearthUser user) {
		signIn(user.email(), PeopleFixture.PASSWORD);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hello, " + user.displayName()));
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

	private void choose(String option) {
		browser.findElement(By.xpath("//label[normalize-space()='" + option + "']")).click();
	}

	private void setDate(String id, LocalDate date) {
		WebElement field = browser.findElement(By.id(id));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, date.toString());
	}

}
