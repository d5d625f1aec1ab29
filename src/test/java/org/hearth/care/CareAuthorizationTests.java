package org.hearth.care;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hearth.HearthTest;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.people.TokenScope;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every care page and endpoint, as a visitor and as each kind of person: an applicant, a
 * volunteer, a lead (Platform Moderator), a SWAT Facilitator, staff and an admin. Each is
 * refused below its rank (sign-in for visitors, 401 for the API without a token, 403
 * otherwise) and reached at or above it.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareAuthorizationTests {

	/** The people, by rank; a SWAT Facilitator ranks as a lead. */
	enum Who {

		APPLICANT(1), VOLUNTEER(2), LEAD(3), SWAT(3), STAFF(4), ADMIN(5);

		final int rank;

		Who(int rank) {
			this.rank = rank;
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Escalations escalations;

	@Autowired
	EscalationStore store;

	private final Map<Who, HearthUser> users = new LinkedHashMap<>();

	private final Map<Who, String> apiTokens = new LinkedHashMap<>();

	private final java.util.List<Endpoint> endpoints = new ArrayList<>();

	@BeforeAll
	void createOnePersonEachAndAnEscalation() {
		for (Who who : Who.values()) {
			HearthUser user = who == Who.SWAT ? CareFixture.swatFacilitator(accounts)
					: PeopleFixture.create(accounts, Role.valueOf(who.name()));
			users.put(who, user);
			apiTokens.put(who, tokens.create(user.id(), "care matrix"));
		}
		EscalationId id = escalations.open(new NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("discord", "matrix-" + UUID.randomUUID()), null, "They said goodbye.", null,
				Severity.HIGH));
		// The lead and the facilitator were alerted to it, so past the door by rank they
		// see it: who sees which escalation is EscalationScopeTests' part.
		store.recordAlerted(id, java.util.List.of(users.get(Who.LEAD).id(), users.get(Who.SWAT).id()));
		endpoints.addAll(java.util.List.of(page(HttpMethod.GET, "/care/support", Who.APPLICANT),
				api(HttpMethod.GET, "/api/v1/crisis-resources?country=US", Who.APPLICANT),
				page(HttpMethod.GET, "/care/concerns/new", Who.VOLUNTEER),
				page(HttpMethod.POST, "/care/concerns", Who.VOLUNTEER),
				page(HttpMethod.GET, "/care/concerns/sent", Who.VOLUNTEER),
				page(HttpMethod.GET, "/care/escalations", Who.LEAD),
				page(HttpMethod.GET, "/care/escalations/" + id, Who.LEAD),
				api(HttpMethod.GET, "/api/v1/care/escalations/" + id, Who.LEAD),
				page(HttpMethod.POST, "/care/escalations/" + id + "/outcome", Who.LEAD),
				page(HttpMethod.POST, "/care/escalations/" + id + "/member", Who.LEAD),
				page(HttpMethod.GET, "/care/rota", Who.LEAD), page(HttpMethod.POST, "/care/rota/hours", Who.LEAD),
				page(HttpMethod.POST, "/care/rota/changes", Who.LEAD), page(HttpMethod.GET, "/care/distress", Who.LEAD),
				page(HttpMethod.GET, "/staff/care/distress", Who.STAFF),
				api(HttpMethod.GET, "/api/v1/care/outbox?platform=discord", Who.STAFF),
				api(HttpMethod.GET, "/api/v1/care/on-duty", Who.STAFF),
				page(HttpMethod.GET, "/admin/care/resources", Who.ADMIN),
				page(HttpMethod.GET, "/admin/care/resources/new", Who.ADMIN),
				page(HttpMethod.POST, "/admin/care/resources", Who.ADMIN)));
	}

	Stream<Arguments> everyEndpointForEveryone() {
		var cases = new ArrayList<Arguments>();
		for (Endpoint endpoint : endpoints) {
			cases.add(Arguments.of(endpoint, null));
			for (Who who : Who.values()) {
				cases.add(Arguments.of(endpoint, who));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyEndpointForEveryone")
	void reachesEndpointOnlyFromItsRankUp(Endpoint endpoint, Who who) {
		MvcTestResult result = perform(endpoint, who);
		boolean allowed = who != null && who.rank >= endpoint.minimum().rank;
		int status = result.getResponse().getStatus();

		if (allowed) {
			assertThat(status).as("status of %s as %s", endpoint, who).isBetween(200, 399);
			assertThat(result.getResponse().getRedirectedUrl()).as("redirect of %s as %s", endpoint, who)
				.satisfiesAnyOf(url -> assertThat(url).isNull(), url -> assertThat(url).doesNotEndWith("/sign-in"));
		}
		else if (who == null && !endpoint.api()) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
		}
		else {
			assertThat(status).as("status of %s as %s", endpoint, who).isEqualTo(who == null ? 401 : 403);
		}
	}

	@Test
	void anIntegrationTokenCarriesRepliesToMembersAndDoesNothingElseOfCare() {
		String integration = tokens.create(users.get(Who.STAFF).id(), "discord bot", TokenScope.SCREENING);
		var outbox = mvc.get()
			.uri("/api/v1/care/outbox?platform=discord")
			.header("Authorization", "Bearer " + integration)
			.exchange();
		assertThat(outbox.getResponse().getStatus()).isEqualTo(200);
		var sent = mvc.post()
			.uri("/api/v1/care/outbox/" + UUID.randomUUID() + "/sent")
			.header("Authorization", "Bearer " + integration)
			.exchange();
		assertThat(sent.getResponse().getStatus()).as("past the door, an unknown reply is not found").isEqualTo(404);
		var onDuty = mvc.get().uri("/api/v1/care/on-duty").header("Authorization", "Bearer " + integration).exchange();
		assertThat(onDuty.getResponse().getStatus()).isEqualTo(403);
	}

	private MvcTestResult perform(Endpoint endpoint, Who who) {
		var request = mvc.method(endpoint.method()).uri(endpoint.path());
		if (endpoint.api()) {
			request = request.contentType(MediaType.APPLICATION_JSON);
			if (who != null) {
				request = request.header("Authorization", "Bearer " + apiTokens.get(who));
			}
		}
		else {
			request = request.with(csrf());
			if (who != null) {
				request = request.with(user(users.get(who)));
			}
		}
		return request.exchange();
	}

	static Endpoint page(HttpMethod method, String path, Who minimum) {
		return new Endpoint(method, path, minimum, false);
	}

	static Endpoint api(HttpMethod method, String path, Who minimum) {
		return new Endpoint(method, path, minimum, true);
	}

	record Endpoint(HttpMethod method, String path, Who minimum, boolean api) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
