package org.hearth.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hearth.HearthTest;
import org.hearth.people.Access;
import org.hearth.people.AccountException;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.people.TokenScope;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Walks every page and endpoint with every role and with integration tokens: each one is
 * refused below its role (sign-in for visitors, 401 for the API without a token, 403
 * otherwise) and reached at or above it; an integration token reaches the screening
 * endpoints and nothing else, whoever created it. Then, for screening, who may be its
 * subject: only people serving as volunteers, whichever token asks.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final Endpoint SCREENING = screening(HttpMethod.POST, "/api/v1/screenings");

	/** An id that names nothing: the page is reached, and says there is nothing there. */
	static final String NOBODY = "00000000-0000-0000-0000-000000000000";

	/** Who may reach what; {@code null} means anyone, signed in or not. */
	static final List<Endpoint> ENDPOINTS = List.of(page(HttpMethod.GET, "/", null),
			page(HttpMethod.GET, "/sign-in", null), page(HttpMethod.GET, "/register", null),
			page(HttpMethod.GET, "/register/confirm", null), page(HttpMethod.GET, "/password/forgot", null),
			page(HttpMethod.GET, "/actuator/health", null), page(HttpMethod.GET, "/v3/api-docs", null),
			page(HttpMethod.GET, "/account", Role.APPLICANT), page(HttpMethod.POST, "/account/tokens", Role.APPLICANT),
			page(HttpMethod.GET, "/programs", Role.APPLICANT), page(HttpMethod.GET, "/policies", Role.APPLICANT),
			page(HttpMethod.GET, "/admin/people", Role.ADMIN), page(HttpMethod.GET, "/admin/audit", Role.ADMIN),
			page(HttpMethod.GET, "/admin/programs/new", Role.ADMIN),
			page(HttpMethod.POST, "/admin/programs", Role.ADMIN),
			page(HttpMethod.GET, "/admin/policies/new", Role.ADMIN),
			page(HttpMethod.POST, "/admin/policies", Role.ADMIN), page(HttpMethod.GET, "/actuator/info", Role.ADMIN),
			api(HttpMethod.GET, "/api/v1/me", Role.APPLICANT), api(HttpMethod.GET, "/api/v1/programs", Role.APPLICANT),
			api(HttpMethod.GET, "/api/v1/policies", Role.APPLICANT),
			api(HttpMethod.POST, "/api/v1/programs", Role.ADMIN), api(HttpMethod.POST, "/api/v1/policies", Role.ADMIN),
			api(HttpMethod.GET, "/api/v1/people", Role.STAFF),
			api(HttpMethod.PUT, "/api/v1/people/00000000-0000-0000-0000-000000000000/role", Role.ADMIN),
			api(HttpMethod.GET, "/api/v1/admin/audit", Role.ADMIN),
			page(HttpMethod.GET, "/staff/screening", Role.STAFF), page(HttpMethod.POST, "/staff/screening", Role.STAFF),
			page(HttpMethod.GET, "/admin/screening", Role.ADMIN),
			page(HttpMethod.POST, "/admin/screening/preview", Role.ADMIN), SCREENING,
			screening(HttpMethod.POST, "/api/v1/screenings/batch"),
			page(HttpMethod.GET, "/notifications", Role.APPLICANT),
			page(HttpMethod.GET, "/notifications/bell", Role.APPLICANT),
			page(HttpMethod.POST, "/notifications/read-all", Role.APPLICANT),
			page(HttpMethod.GET, "/notifications/preferences", Role.APPLICANT),
			page(HttpMethod.GET, "/staff/notifications/outbox", Role.STAFF),
			page(HttpMethod.POST, "/staff/notifications/outbox/retry", Role.STAFF),
			page(HttpMethod.GET, "/announcements", Role.APPLICANT),
			page(HttpMethod.GET, "/staff/announcements", Role.STAFF),
			page(HttpMethod.POST, "/staff/announcements", Role.STAFF),
			page(HttpMethod.GET, "/admin/spaces", Role.ADMIN), page(HttpMethod.GET, "/admin/spaces/new", Role.ADMIN),
			page(HttpMethod.POST, "/admin/spaces", Role.ADMIN), api(HttpMethod.GET, "/api/v1/spaces", Role.APPLICANT),
			api(HttpMethod.GET, "/api/v1/announcements", Role.APPLICANT),
			page(HttpMethod.GET, "/recognition", Role.APPLICANT), page(HttpMethod.GET, "/lead/recognition", Role.LEAD),
			page(HttpMethod.GET, "/staff/recognition", Role.STAFF), page(HttpMethod.GET, "/checkins", Role.APPLICANT),
			page(HttpMethod.POST, "/checkins", Role.APPLICANT), page(HttpMethod.GET, "/lead/checkins", Role.LEAD),
			page(HttpMethod.GET, "/lead/checkins/" + NOBODY, Role.LEAD),
			page(HttpMethod.POST, "/lead/checkins/" + NOBODY, Role.LEAD),
			page(HttpMethod.GET, "/gatherings", Role.APPLICANT),
			page(HttpMethod.GET, "/gatherings/" + NOBODY, Role.APPLICANT),
			page(HttpMethod.POST, "/gatherings/" + NOBODY + "/answer", Role.APPLICANT),
			page(HttpMethod.POST, "/gatherings/" + NOBODY + "/attendance", Role.APPLICANT),
			page(HttpMethod.GET, "/staff/gatherings", Role.STAFF),
			page(HttpMethod.GET, "/staff/gatherings/new", Role.STAFF),
			page(HttpMethod.POST, "/staff/gatherings", Role.STAFF),
			page(HttpMethod.POST, "/staff/gatherings/" + NOBODY + "/cancel", Role.STAFF),
			api(HttpMethod.GET, "/api/v1/gatherings", Role.APPLICANT),
			api(HttpMethod.GET, "/api/v1/gatherings/" + NOBODY, Role.APPLICANT),
			api(HttpMethod.POST, "/api/v1/gatherings", Role.STAFF),
			api(HttpMethod.PUT, "/api/v1/gatherings/" + NOBODY + "/answer", Role.APPLICANT),
			page(HttpMethod.GET, "/calendar", Role.APPLICANT),
			page(HttpMethod.POST, "/calendar/address", Role.APPLICANT),
			page(HttpMethod.POST, "/calendar/off", Role.APPLICANT),
			page(HttpMethod.GET, "/calendar/no-such-secret.ics", null),
			page(HttpMethod.GET, "/care/escalations", Role.LEAD),
			page(HttpMethod.GET, "/care/escalations/" + NOBODY, Role.LEAD),
			page(HttpMethod.POST, "/care/escalations/" + NOBODY + "/replies/" + NOBODY + "/carried", Role.LEAD),
			api(HttpMethod.GET, "/api/v1/care/escalations/" + NOBODY, Role.LEAD),
			api(HttpMethod.POST, "/api/v1/care/escalations/" + NOBODY + "/acknowledge?version=0", Role.LEAD),
			api(HttpMethod.GET, "/api/v1/care/on-duty", Role.STAFF), page(HttpMethod.GET, "/staff/leads", Role.STAFF),
			page(HttpMethod.GET, "/staff/leads/" + NOBODY + "/capacity", Role.STAFF),
			page(HttpMethod.POST, "/staff/leads/" + NOBODY + "/capacity", Role.STAFF),
			page(HttpMethod.GET, "/lead/capacity", Role.LEAD), page(HttpMethod.POST, "/lead/capacity", Role.LEAD),
			api(HttpMethod.PUT, "/api/v1/staff/leads/" + NOBODY + "/capacity", Role.STAFF),
			api(HttpMethod.GET, "/api/v1/care/rota", Role.LEAD),
			api(HttpMethod.POST, "/api/v1/care/rota/changes", Role.LEAD),
			api(HttpMethod.DELETE, "/api/v1/care/rota/changes/" + NOBODY, Role.LEAD));

	/** Who calls: nobody, each role with a personal token, and integration tokens. */
	static final List<Caller> CALLERS = callers();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	private final Map<Role, HearthUser> users = new EnumMap<>(Role.class);

	private final Map<Caller, String> apiTokens = new HashMap<>();

	private final Map<String, HearthUser> subjects = new LinkedHashMap<>();

	@BeforeAll
	void createOnePersonPerRole() {
		for (Role role : Role.values()) {
			HearthUser user = PeopleFixture.create(accounts, role);
			users.put(role, user);
		}
		for (Caller caller : CALLERS) {
			if (caller.role() != null) {
				apiTokens.put(caller, tokens.create(users.get(caller.role()).id(), caller.toString(),
						caller.integration() ? TokenScope.SCREENING : TokenScope.PERSONAL));
			}
		}
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		subjects.put("a volunteer in service", serving.volunteer());
		subjects.put("a volunteer without an enrolment", PeopleFixture.create(accounts, Role.VOLUNTEER));
		subjects.put("a lead", serving.lead);
		subjects.put("staff", PeopleFixture.create(accounts, Role.STAFF));
		subjects.put("an admin", PeopleFixture.create(accounts, Role.ADMIN));
	}

	Stream<Arguments> everyEndpointForEveryone() {
		var cases = new ArrayList<Arguments>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Caller caller : CALLERS) {
				cases.add(Arguments.of(endpoint, caller));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyEndpointForEveryone")
	void reachesEndpointOnlyFromItsRoleUp(Endpoint endpoint, Caller caller) {
		MvcTestResult result = perform(endpoint, caller);
		int status = result.getResponse().getStatus();

		if (caller.reaches(endpoint)) {
			assertThat(status).as("status of %s as %s", endpoint, caller).isNotIn(401, 403);
			assertThat(result.getResponse().getRedirectedUrl()).as("redirect of %s as %s", endpoint, caller)
				.satisfiesAnyOf(url -> assertThat(url).isNull(), url -> assertThat(url).doesNotEndWith("/sign-in"));
		}
		else if (!endpoint.api() && (caller.role() == null || caller.integration())) {
			assertThat(status).as("status of %s as %s", endpoint, caller).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
		}
		else {
			assertThat(status).as("status of %s as %s", endpoint, caller).isEqualTo(caller.role() == null ? 401 : 403);
		}
	}

	Stream<Arguments> everySubjectForEveryScreeningClient() {
		var cases = new ArrayList<Arguments>();
		for (String subject : List.of("a volunteer in service", "a volunteer without an enrolment", "a lead", "staff",
				"an admin")) {
			for (Caller caller : CALLERS) {
				if (caller.reaches(SCREENING)) {
					cases.add(Arguments.of(subject, caller));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} screened by {1}")
	@MethodSource("everySubjectForEveryScreeningClient")
	void screensOnlyPeopleServingAsVolunteers(String subjectName, Caller caller) {
		HearthUser subject = subjects.get(subjectName);
		boolean serving = subjectName.equals("a volunteer in service");
		String text = serving ? "thanks for staying with me tonight" : "honestly just kill yourself";

		MvcTestResult result = mvc.post()
			.uri("/api/v1/screenings")
			.header("Authorization", "Bearer " + apiTokens.get(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"%s\", \"authorRole\": \"volunteer\", \"volunteerId\": \"%s\"}".formatted(text,
					subject.id()))
			.exchange();

		if (serving) {
			assertThat(result).hasStatusOk();
		}
		else {
			assertThat(result).hasStatus(422)
				.bodyJson()
				.extractingPath("$.errors.volunteerId")
				.asString()
				.contains("does not serve as a volunteer");
		}
		assertThat(accounts.find(subject.id()).orElseThrow().access()).isEqualTo(Access.ACTIVE);
	}

	@Test
	void letsOnlyStaffCreateAnIntegrationToken() {
		for (Role role : List.of(Role.APPLICANT, Role.VOLUNTEER, Role.LEAD)) {
			assertThatThrownBy(() -> tokens.create(users.get(role).id(), "bot", TokenScope.SCREENING)).as(role.name())
				.isInstanceOf(AccountException.class)
				.hasMessageContaining("Only staff");
		}
		MvcTestResult page = mvc.post()
			.uri("/account/tokens")
			.with(csrf())
			.with(user(users.get(Role.LEAD)))
			.param("name", "bot")
			.param("scope", "SCREENING")
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Only staff may create an integration token");
		assertThat(tokens.list(users.get(Role.LEAD).id())).noneMatch(token -> token.scope() == TokenScope.SCREENING);
	}

	@Test
	void stopsAnIntegrationTokenWhenItsOwnerIsNoLongerStaff() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String token = tokens.create(staff.id(), "bot", TokenScope.SCREENING);
		assertThat(screenAsMember(token)).hasStatusOk();

		accounts.changeRole(staff.id(), Role.VOLUNTEER, null, accounts.findPerson(staff.id()).orElseThrow().version());

		assertThat(screenAsMember(token)).hasStatus(401);
	}

	private MvcTestResult screenAsMember(String token) {
		return mvc.post()
			.uri("/api/v1/screenings")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"thank you\", \"authorRole\": \"member\"}")
			.exchange();
	}

	private MvcTestResult perform(Endpoint endpoint, Caller caller) {
		var request = mvc.method(endpoint.method()).uri(endpoint.path());
		if (endpoint.api()) {
			request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		else {
			request = request.with(csrf());
			if (caller.role() != null && !caller.integration()) {
				request = request.with(user(users.get(caller.role())));
			}
		}
		if (apiTokens.containsKey(caller)) {
			request = request.header("Authorization", "Bearer " + apiTokens.get(caller));
		}
		return request.exchange();
	}

	static Endpoint page(HttpMethod method, String path, Role minimum) {
		return new Endpoint(method, path, minimum, false, false);
	}

	static Endpoint api(HttpMethod method, String path, Role minimum) {
		return new Endpoint(method, path, minimum, true, false);
	}

	/** A screening endpoint: staff, and integration tokens. */
	static Endpoint screening(HttpMethod method, String path) {
		return new Endpoint(method, path, Role.STAFF, true, true);
	}

	private static List<Caller> callers() {
		var callers = new ArrayList<Caller>();
		callers.add(new Caller(null, false));
		for (Role role : Role.values()) {
			callers.add(new Caller(role, false));
		}
		callers.add(new Caller(Role.STAFF, true));
		callers.add(new Caller(Role.ADMIN, true));
		return List.copyOf(callers);
	}

	record Endpoint(HttpMethod method, String path, Role minimum, boolean api, boolean forIntegrations) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	/**
	 * Someone calling: nobody ({@code role} null), a person in a role (a session on
	 * pages, a personal token on the API), or an integration token created by a person in
	 * a role.
	 */
	record Caller(Role role, boolean integration) {

		boolean reaches(Endpoint endpoint) {
			if (endpoint.minimum() == null) {
				return true;
			}
			if (integration) {
				return endpoint.forIntegrations();
			}
			return role != null && role.compareTo(endpoint.minimum()) >= 0;
		}

		@Override
		public String toString() {
			if (role == null) {
				return "nobody";
			}
			return integration ? "an integration token of " + role.label().toLowerCase() : role.label();
		}

	}

}
