package org.hearth.onboarding.web;

import java.math.BigDecimal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.Onboarding.ApplicationDetails;
import org.hearth.onboarding.OnboardingFixture;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.volunteering.LeadVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What staff and applicants read about a role's setup on an application. */
@HearthTest
class SetupPagesTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	Accounts accounts;

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
	JdbcClient jdbc;

	@Test
	void showsStaffWhereAnOfferFallsShortOfWhatTheRoleAsks() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Application application = onboarding.apply(applicant.id(), fixture.role.id(),
				new ApplicationDetails(1, BigDecimal.ONE, CommitmentUnit.HOURS, CommitmentPeriod.WEEK, "Evenings",
						"English", "UTC", "I was helped once."));

		assertThat(mvc.get().uri("/staff/applications/" + application.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("Offers less than the role asks (6 months, 3 hours a week)",
					"1 month instead of the 6 asked; 1 hour a week instead of the 3 hours a week asked");
	}

	@Test
	void saysNothingOfAShortfallWhenTheOfferMatchesTheRole() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Application application = onboarding.apply(applicant.id(), fixture.role.id(), OnboardingFixture.details());

		assertThat(mvc.get().uri("/staff/applications/" + application.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.doesNotContain("Offers less than the role asks");
	}

	@Test
	void namesEachPolicyByItsTitleOnTheChecklist() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		Application application = onboarding.apply(applicant.id(), fixture.role.id(), OnboardingFixture.details());
		onboarding.accept(application.id(), application.version());
		String title = "Code of Conduct " + fixture.policy.substring("code-".length());

		assertThat(mvc.get().uri("/applications/" + application.id()).with(user(applicant))).hasStatusOk()
			.bodyText()
			.contains(">Read " + title + "</a>", "Read and acknowledge " + title)
			.doesNotContain(">Read " + fixture.policy + "<", "acknowledge " + fixture.policy);
	}

	@Test
	void namesEachPolicyByItsTitleWhereApplicantsReadWhatARoleAsks() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		String title = "Code of Conduct " + fixture.policy.substring("code-".length());

		assertThat(mvc.get().uri("/apply/" + fixture.role.id().value()).with(user(applicant))).hasStatusOk()
			.bodyText()
			.contains("Acknowledge policy: " + title)
			.doesNotContain("Acknowledge policy: " + fixture.policy);
		assertThat(mvc.get().uri("/programs/" + fixture.program.id().value()).with(user(applicant))).hasStatusOk()
			.bodyText()
			.contains("Acknowledge policy: " + title)
			.doesNotContain("Acknowledge policy: " + fixture.policy);
	}

	@Test
	void refusesAPolicyTitleOrTextMadeOfInvisibleCharactersLikeAnEmptyOne() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		String key = "invisible-" + java.util.UUID.randomUUID().toString().substring(0, 8);

		assertThat(mvc.post()
			.uri("/admin/policies")
			.param("key", key)
			.param("title", "\u200B\u2060\u3164")
			.param("body", "Be kind.")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Give the policy a title.");
		assertThat(mvc.post()
			.uri("/admin/policies")
			.param("key", key)
			.param("title", "Kindness")
			.param("body", "\u200B\uFEFF")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Write the policy’s text.");
		assertThat(policies.policy(key)).isEmpty();
	}

	@Test
	void refusesARoleAskingForACourseOrPolicyThatDoesNotExistBesideBothFields() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		int rolesBefore = catalog.roles(fixture.program.id()).size();

		assertThat(mvc.post()
			.uri("/admin/programs/" + fixture.program.id().value() + "/roles")
			.param("name", "Night listener")
			.param("commitmentMonths", "6")
			.param("commitmentAmount", "2")
			.param("commitmentUnit", "HOURS")
			.param("commitmentPeriod", "WEEK")
			.param("courses", fixture.course.name() + ", Listening Skills 101")
			.param("policies", "no-such-policy")
			.with(user(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("There is no course called Listening Skills 101. Check the spelling against the course list",
					"There is no policy document with the key no-such-policy", "Hearth has: ")
			.doesNotContain("There is no course called " + fixture.course.name());
		assertThat(catalog.roles(fixture.program.id())).hasSize(rolesBefore);
	}

	@Test
	void warnsStaffAndReassuresTheApplicantWhenARoleAsksForACourseThatIsGone() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Application application = onboarding.apply(applicant.id(), fixture.role.id(), OnboardingFixture.details());
		onboarding.accept(application.id(), application.version());
		Course course = fixture.course;
		// A role set up before Hearth checked the courses it asks for.
		jdbc.sql("update program_role_course set course = :missing where program_role_id = :role")
			.param("missing", course.name() + " (never written)")
			.param("role", fixture.role.id().value())
			.update();

		assertThat(mvc.get().uri("/staff/applications/" + application.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("The role asks for a course that Hearth does not have: " + course.name() + " (never written). "
					+ applicant.displayName() + " cannot take it, so this application cannot be activated.");
		assertThat(mvc.get().uri("/applications/" + application.id()).with(user(applicant))).hasStatusOk()
			.bodyText()
			.contains("This course isn’t in Hearth yet, so there is nothing to take for now.")
			.doesNotContain("does not have");
		assertThat(mvc.get().uri("/programs/" + fixture.program.id().value()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("No course called " + course.name() + " (never written) exists in Hearth");
		assertThat(mvc.get().uri("/programs/" + fixture.program.id().value()).with(user(applicant))).hasStatusOk()
			.bodyText()
			.doesNotContain("No course called");
	}

	@Test
	void carriesARenamedCourseIntoTheRolesThatAskForIt() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Application application = onboarding.apply(applicant.id(), fixture.role.id(), OnboardingFixture.details());
		onboarding.accept(application.id(), application.version());
		Course course = fixture.course;

		courses.revise(course.id(), course.name() + " (renamed)", course.description(), course.passMark(),
				course.lessonsText(), course.quizText(), course.version());

		assertThat(catalog.role(fixture.role.id()).orElseThrow().requirements().courses())
			.containsExactly(course.name() + " (renamed)");
		assertThat(mvc.get().uri("/staff/applications/" + application.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("Pass the course " + course.name() + " (renamed)")
			.doesNotContain("Hearth does not have");
	}

	@Test
	void saysNothingOfMissingCoursesWhenEveryCourseIsThere() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Application application = onboarding.apply(applicant.id(), fixture.role.id(), OnboardingFixture.details());
		onboarding.accept(application.id(), application.version());

		assertThat(mvc.get().uri("/staff/applications/" + application.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.doesNotContain("Hearth does not have");
		assertThat(mvc.get().uri("/applications/" + application.id()).with(user(applicant))).hasStatusOk()
			.bodyText()
			.contains(">Take " + fixture.course.name() + "</a>")
			.doesNotContain("isn’t in Hearth yet");
	}

}
