package org.hearth.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Walks every page and endpoint of the skeleton with every role: each one is refused
 * below its role (sign-in for visitors, 401 for the API without a token, 403 otherwise)
 * and reached at or above it.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** Who may reach what; {@code null} means anyone, signed in or not. */
	static final List<Endpoint> ENDPOINTS = List.of(page(HttpMethod.GET, "/", null),
			page(HttpMethod.GET, "/sign-in", null), page(HttpMethod.GET, "/register", null),
			page(HttpMethod.GET, "/password/forgot", null), page(HttpMethod.GET, "/actuator/health", null),
			page(HttpMethod.GET, "/v3/api-docs", null), page(HttpMethod.GET, "/account", Role.APPLICANT),
			page(HttpMethod.POST, "/account/tokens", Role.APPLICANT), page(HttpMethod.GET, "/programs", Role.APPLICANT),
			page(HttpMethod.GET, "/policies", Role.APPLICANT), page(HttpMethod.GET, "/admin/people", Role.ADMIN),
			page(HttpMethod.GET, "/admin/audit", Role.ADMIN), page(HttpMethod.GET, "/admin/programs/new", Role.ADMIN),
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
			page(HttpMethod.POST, "/admin/screening/preview", Role.ADMIN),
			api(HttpMethod.POST, "/api/v1/screenings", Role.STAFF),
			api(HttpMethod.POST, "/api/v1/screenings/batch", Role.STAFF),
			page(HttpMethod.GET, "/notifications", Role.APPLICANT),
			page(HttpMethod.GET, "/notifications/bell", Role.APPLICANT),
			page(HttpMethod.POST, "/notifications/read-all", Role.APPLICANT),
			page(HttpMethod.GET, "/notifications/preferences", Role.APPLICANT),
			page(HttpMethod.GET, "/staff/notifications/outbox", Role.STAFF),
			page(HttpMethod.POST, "/staff/notifications/outbox/retry", Role.STAFF));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	private final Map<Role, HearthUser> users = new EnumMap<>(Role.class);

	private final Map<Role, String> apiTokens = new EnumMap<>(Role.class);

	@BeforeAll
	void createOnePersonPerRole() {
		for (Role role : Role.values()) {
			HearthUser user = PeopleFixture.create(accounts, role);
			users.put(role, user);
			apiTokens.put(role, tokens.create(user.id(), "matrix"));
		}
	}

	Stream<Arguments> everyEndpointForEveryone() {
		var cases = new ArrayList<Arguments>();
		for (Endpoint endpoint : ENDPOINTS) {
			cases.add(Arguments.of(endpoint, null));
			for (Role role : Role.values()) {
				cases.add(Arguments.of(endpoint, role));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyEndpointForEveryone")
	void reachesEndpointOnlyFromItsRoleUp(Endpoint endpoint, Role role) {
		MvcTestResult result = perform(endpoint, role);
		boolean allowed = endpoint.minimum() == null || (role != null && role.compareTo(endpoint.minimum()) >= 0);
		int status = result.getResponse().getStatus();

		if (allowed) {
			assertThat(status).as("status of %s as %s", endpoint, role).isNotIn(401, 403);
			assertThat(result.getResponse().getRedirectedUrl()).as("redirect of %s as %s", endpoint, role)
				.satisfiesAnyOf(url -> assertThat(url).isNull(), url -> assertThat(url).doesNotEndWith("/sign-in"));
		}
		else if (role == null && !endpoint.api()) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
		}
		else {
			assertThat(status).as("status of %s as %s", endpoint, role).isEqualTo(role == null ? 401 : 403);
		}
	}

	private MvcTestResult perform(Endpoint endpoint, Role role) {
		var request = mvc.method(endpoint.method()).uri(endpoint.path());
		if (endpoint.api()) {
			request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
			if (role != null) {
				request = request.header("Authorization", "Bearer " + apiTokens.get(role));
			}
		}
		else {
			request = request.with(csrf());
			if (role != null) {
				request = request.with(user(users.get(role)));
			}
		}
		return request.exchange();
	}

	static Endpoint page(HttpMethod method, String path, Role minimum) {
		return new Endpoint(method, path, minimum, false);
	}

	static Endpoint api(HttpMethod method, String path, Role minimum) {
		return new Endpoint(method, path, minimum, true);
	}

	record Endpoint(HttpMethod method, String path, Role minimum, boolean api) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
