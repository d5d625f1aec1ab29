package org.hearth.volunteering.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.OnboardingFixture;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.Person;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolled;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceEntry;
import org.hearth.volunteering.ServiceLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach the volunteer journey's endpoints and pages: each role against each
 * endpoint, and the row-level rules (an applicant cannot clear their own check; a lead
 * sees only their own volunteers).
 */
@HearthTest
class VolunteeringAuthorizationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	static Map<Role, HearthUser> people;

	static Map<Role, String> tokens;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens apiTokens;

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
	ServiceLog serviceLog;

	@Autowired
	Enrolments enrolments;

	@BeforeEach
	void createPeople() {
		if (people == null) {
			people = new EnumMap<>(Role.class);
			tokens = new EnumMap<>(Role.class);
			for (Role role : Role.values()) {
				HearthUser person = PeopleFixture.create(accounts, role);
				people.put(role, person);
				tokens.put(role, "Bearer " + apiTokens.create(person.id(), "matrix"));
			}
		}
	}

	/** Each endpoint with the lowest role that may reach it. */
	static List<Arguments> apiEndpoints() {
		return List.of(Arguments.of(HttpMethod.GET, "/api/v1/applications", Role.APPLICANT),
				Arguments.of(HttpMethod.POST, "/api/v1/applications", Role.APPLICANT),
				Arguments.of(HttpMethod.POST, "/api/v1/acknowledgements", Role.APPLICANT),
				Arguments.of(HttpMethod.GET, "/api/v1/enrolments", Role.APPLICANT),
				Arguments.of(HttpMethod.GET, "/api/v1/lead/volunteers", Role.LEAD),
				Arguments.of(HttpMethod.GET, "/api/v1/lead/service-entries", Role.LEAD),
				Arguments.of(HttpMethod.PUT, "/api/v1/lead/away", Role.LEAD),
				Arguments.of(HttpMethod.GET, "/api/v1/staff/applications", Role.STAFF),
				Arguments.of(HttpMethod.POST,
						"/api/v1/staff/applications/00000000-0000-0000-0000-000000000000/acceptance", Role.STAFF),
				Arguments.of(HttpMethod.POST,
						"/api/v1/staff/applications/00000000-0000-0000-0000-000000000000/activation", Role.STAFF),
				Arguments.of(HttpMethod.POST, "/api/v1/staff/background-checks", Role.STAFF),
				Arguments.of(HttpMethod.GET, "/api/v1/staff/courses", Role.STAFF),
				Arguments.of(HttpMethod.POST, "/api/v1/staff/courses", Role.STAFF),
				Arguments.of(HttpMethod.GET, "/api/v1/staff/expiries", Role.STAFF),
				Arguments.of(HttpMethod.GET, "/api/v1/staff/acknowledgements/outstanding", Role.STAFF),
				Arguments.of(HttpMethod.GET, "/api/v1/staff/enrolments", Role.STAFF),
				Arguments.of(HttpMethod.GET, "/api/v1/staff/leads", Role.STAFF),
				Arguments.of(HttpMethod.POST, "/api/v1/staff/leads", Role.STAFF), Arguments.of(HttpMethod.GET,
						"/api/v1/staff/volunteers/00000000-0000-0000-0000-000000000000/service-record", Role.STAFF));
	}

	@ParameterizedTest(name = "{0} {1} needs {2}")
	@MethodSource("apiEndpoints")
	void letsEachRoleReachOnlyItsEndpoints(HttpMethod method, String path, Role lowest) {
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))).hasStatus(401);
		for (Role role : Role.values()) {
			MvcTestResult result = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
					.header("Authorization", tokens.get(role))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"));
			if (role.compareTo(lowest) >= 0) {
				assertThat(result.getResponse().getStatus()).as(role + " " + method + " " + path).isNotIn(401, 403);
			}
			else {
				assertThat(result).as(role + " " + method + " " + path).hasStatus(403);
			}
		}
	}

	static List<Arguments> pages() {
		return List.of(Arguments.of("/apply", Role.APPLICANT), Arguments.of("/service", Role.APPLICANT),
				Arguments.of("/lead/volunteers", Role.LEAD), Arguments.of("/lead/away", Role.LEAD),
				Arguments.of("/staff/applications", Role.STAFF), Arguments.of("/staff/courses", Role.STAFF),
				Arguments.of("/staff/courses/new", Role.STAFF), Arguments.of("/staff/expiries", Role.STAFF),
				Arguments.of("/staff/enrolments", Role.STAFF), Arguments.of("/staff/leads", Role.STAFF),
				Arguments.of("/staff/leads/candidates?who=a", Role.STAFF));
	}

	@ParameterizedTest(name = "{0} needs {1}")
	@MethodSource("pages")
	void showsEachPageOnlyToItsRoles(String path, Role lowest) {
		assertThat(mvc.get().uri(path)).hasStatus3xxRedirection();
		for (Role role : Role.values()) {
			MvcTestResult result = mvc.get().uri(path).with(user(people.get(role))).exchange();
			if (role.compareTo(lowest) >= 0) {
				assertThat(result).as(role + " " + path).hasStatusOk();
			}
			else {
				assertThat(result).as(role + " " + path).hasStatus(403);
			}
		}
	}

	@Test
	void refusesAnApplicantClearingTheirOwnCheck() {
		HearthUser applicant = people.get(Role.APPLICANT);

		MvcTestResult result = mvc.post()
			.uri("/api/v1/staff/background-checks")
			.header("Authorization", tokens.get(Role.APPLICANT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\":\"" + applicant.id() + "\",\"status\":\"CLEAR\",\"expiresOn\":\""
					+ LocalDate.now().plusYears(1) + "\"}")
			.exchange();

		assertThat(result).hasStatus(403);
		assertThat(checks.current(applicant.id())).isEmpty();
		assertThat(mvc.post()
			.uri("/staff/applications/00000000-0000-0000-0000-000000000000/background-checks")
			.with(user(applicant))
			.with(csrf())
			.param("status", "CLEAR")
			.exchange()).hasStatus(403);
	}

	@Test
	void showsALeadOnlyTheirOwnVolunteers() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		Enrolled enrolment = fixture.activeVolunteer();
		Person volunteer = accounts.findPerson(enrolment.volunteer()).orElseThrow();
		ServiceEntry entry = serviceLog.log(enrolment.id(), new HearthUser(volunteer.id(), volunteer.email(),
				volunteer.displayName(), volunteer.role(), null, volunteer.access(), null), LocalDate.now(),
				BigDecimal.ONE, "");
		HearthUser otherLead = people.get(Role.LEAD);
		String otherToken = tokens.get(Role.LEAD);

		assertThat(mvc.get().uri("/api/v1/lead/volunteers").header("Authorization", otherToken)).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(enrolment.id().toString());
		assertThat(mvc.get().uri("/api/v1/enrolments/" + enrolment.id()).header("Authorization", otherToken))
			.hasStatus(404);
		assertThat(mvc.post()
			.uri("/api/v1/lead/service-entries/" + entry.id() + "/decision")
			.header("Authorization", otherToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\":true}")).hasStatus(404);
		assertThat(mvc.get().uri("/lead/volunteers/" + enrolment.id()).with(user(otherLead))).hasStatus(404);
		assertThat(mvc.get().uri("/lead/volunteers").with(user(otherLead))).bodyText()
			.doesNotContain(volunteer.displayName());

		assertThat(mvc.get().uri("/lead/volunteers/" + enrolment.id()).with(user(fixture.lead))).hasStatusOk()
			.bodyText()
			.contains(volunteer.displayName());
		assertThat(
				mvc.get().uri("/api/v1/enrolments/" + enrolment.id()).header("Authorization", tokens.get(Role.STAFF)))
			.hasStatusOk();
	}

	@Test
	void approvesServiceAndReturnsTheWaitingListFragmentToHtmx() {
		var fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		Enrolled enrolment = fixture.activeVolunteer();
		Person volunteer = accounts.findPerson(enrolment.volunteer()).orElseThrow();
		ServiceEntry entry = serviceLog.log(enrolment.id(), new HearthUser(volunteer.id(), volunteer.email(),
				volunteer.displayName(), volunteer.role(), null, volunteer.access(), null), LocalDate.now(),
				BigDecimal.TEN, "");

		MvcTestResult result = mvc.post()
			.uri("/lead/service-entries/" + entry.id() + "/decision")
			.with(user(fixture.lead))
			.with(csrf())
			.header("HX-Request", "true")
			.param("approve", "true")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"waiting\"", "Approved.", "Nothing is waiting for you.")
			.doesNotContain("<html");
		assertThat(serviceLog.fulfilment(enrolments.find(enrolment.id()).orElseThrow()).served())
			.isEqualByComparingTo("10");
	}

}
