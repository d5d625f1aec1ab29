package org.hearth.site;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The API given broken JSON, values of the wrong kind and control characters: a problem
 * detail that says where and what, in the API's words and never in Java's, and text
 * stored without what PostgreSQL cannot keep.
 */
@HearthTest
class BadInputApiTests {

	private static final String[] JAVA_INTERNALS = { "tools.jackson", "com.fasterxml", "org.hearth", "java.",
			"Cannot deserialize", "Source:", "`", "$" };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "POST, /api/v1/programs", "PUT, /api/v1/programs/{id}", "POST, /api/v1/programs/{id}/roles",
			"PUT, /api/v1/programs/{id}/roles/{id}", "POST, /api/v1/policies", "POST, /api/v1/policies/code/versions",
			"POST, /api/v1/screenings", "POST, /api/v1/screenings/batch",
			"POST, /api/v1/enrolments/{id}/service-entries", "POST, /api/v1/enrolments/{id}/pause",
			"POST, /api/v1/enrolments/{id}/wind-down", "PUT, /api/v1/staff/enrolments/{id}/lead",
			"POST, /api/v1/staff/leads", "PUT, /api/v1/staff/leads/{id}/capacity",
			"POST, /api/v1/staff/leads/{id}/step-down", "POST, /api/v1/conduct/reports",
			"POST, /api/v1/conduct/decisions/{id}/response", "POST, /api/v1/conduct/decisions/{id}/appeal",
			"POST, /api/v1/conduct/feedback/{id}/answer", "POST, /api/v1/staff/conduct/cases/{id}/assignment",
			"POST, /api/v1/staff/conduct/cases/{id}/entries", "POST, /api/v1/staff/conduct/cases/{id}/decisions",
			"POST, /api/v1/staff/conduct/cases/{id}/reopening",
			"POST, /api/v1/staff/conduct/cases/{id}/suspension-lifting", "POST, /api/v1/applications",
			"POST, /api/v1/applications/{id}/age-confirmation", "POST, /api/v1/courses/{id}/attempts",
			"POST, /api/v1/acknowledgements", "POST, /api/v1/staff/applications/{id}/acceptance",
			"POST, /api/v1/staff/applications/{id}/decline", "POST, /api/v1/staff/applications/{id}/disqualification",
			"POST, /api/v1/staff/applications/{id}/activation", "POST, /api/v1/staff/background-checks",
			"POST, /api/v1/staff/courses", "PUT, /api/v1/people/{id}/role", "POST, /api/v1/registrations" })
	void answersBrokenJsonOnEveryEndpointWithWhereItBrokeAndNoJavaNames(String method, String path) {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		MvcTestResult result = send(admin, HttpMethod.valueOf(method),
				path.replace("{id}", UUID.randomUUID().toString()), "{\n  \"name\": \"half\n");

		assertThat(result).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("not valid JSON (line 2, column")
			.doesNotContain(JAVA_INTERNALS);
	}

	@Test
	void namesTheFieldAndTheKindOfValueItTakes() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		var category = report(volunteer, "{\"about\": \"MEMBER\", \"reference\": \"x\", \"category\": \"BULLYING\", "
				+ "\"whatHappened\": \"x\", \"reporterSafe\": true}");
		var safe = report(volunteer, "{\"about\": \"MEMBER\", \"reference\": \"x\", \"category\": \"HARASSMENT\", "
				+ "\"whatHappened\": \"x\", \"reporterSafe\": \"maybe\"}");
		var when = report(volunteer, "{\"about\": \"MEMBER\", \"reference\": \"x\", \"category\": \"HARASSMENT\", "
				+ "\"whatHappened\": \"x\", \"reporterSafe\": true, \"happenedAt\": \"last week\"}");
		var list = report(volunteer, "[\"about\"]");

		assertThat(category).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.category")
			.asString()
			.startsWith("\"BULLYING\" is not one of \"HARASSMENT\", ")
			.doesNotContain(JAVA_INTERNALS);
		assertThat(category).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The field \"category\" (line 1, column ");
		assertThat(safe).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.reporterSafe")
			.isEqualTo("\"maybe\" is not true or false.");
		assertThat(when).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.happenedAt")
			.isEqualTo("\"last week\" is not a moment in UTC like \"2026-12-31T18:30:00Z\".");
		assertThat(list).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Send an object in curly braces here.")
			.doesNotContain(JAVA_INTERNALS);
	}

	@Test
	void refusesANumberForAChoiceInsteadOfPickingWhateverStandsThere() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		var result = report(volunteer, "{\"about\": \"MEMBER\", \"reference\": \"x\", \"category\": 3, "
				+ "\"whatHappened\": \"x\", \"reporterSafe\": true}");

		assertThat(result).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.category")
			.asString()
			.contains("one of \"HARASSMENT\", ")
			.doesNotContain(JAVA_INTERNALS);
	}

	@Test
	void namesAQueryParameterOrPathSegmentOfTheWrongKind() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		var state = send(admin, HttpMethod.GET, "/api/v1/staff/enrolments?state=lots", "");
		var from = send(admin, HttpMethod.GET, "/api/v1/admin/audit?from=lots", "");
		var farOff = send(admin, HttpMethod.GET, "/api/v1/admin/audit?from=+999999999-12-31", "");
		var id = send(admin, HttpMethod.GET, "/api/v1/people/not-an-id", "");

		assertThat(state).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.state")
			.asString()
			.startsWith("\"lots\" is not one of ")
			.doesNotContain(JAVA_INTERNALS);
		assertThat(from).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.from")
			.isEqualTo("\"lots\" is not a date like \"2026-12-31\".");
		assertThat(farOff).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.from")
			.asString()
			.contains("between the years 2000 and 9999");
		assertThat(id).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The parameter \"id\" needs another look: \"not-an-id\" is not an id like ")
			.doesNotContain(JAVA_INTERNALS);
	}

	@Test
	void namesAFieldInsideAListByItsPlace() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		var result = send(staff, HttpMethod.POST, "/api/v1/screenings/batch",
				"{\"messages\": [{\"text\": \"hi\", \"authorRole\": \"member\"},"
						+ " {\"text\": \"hi\", \"authorRole\": \"volunteer\", \"volunteerId\": \"Sam\"}]}");

		// A batch answers each message on its own: the bad one at its place, by field.
		assertThat(result).hasStatus(200).bodyJson().extractingPath("$.results[1].index").isEqualTo(1);
		assertThat(result).bodyJson()
			.extractingPath("$.results[1].problems.volunteerId")
			.asString()
			.startsWith("\"Sam\" is not an id like ")
			.doesNotContain(JAVA_INTERNALS);
		assertThat(result).bodyJson().extractingPath("$.results[0].action").isEqualTo("none");
	}

	@Test
	void filesReportWithNulInItsJsonStringsWithoutThem() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String handle = "json-nul-" + UUID.randomUUID().toString().substring(0, 8);

		var result = report(volunteer, "{\"about\": \"MEMBER\", \"reference\": \"" + handle
				+ "\\u0000\", \"category\": \"HARASSMENT\", \"whatHappened\": \"Said\\u0000 it\\u001b again\\n\", "
				+ "\"reporterSafe\": true}");

		assertThat(result).hasStatus(201);
		assertThat(jdbc.sql("select what_happened from conduct_report where subject_ref = ?")
			.param(handle)
			.query(String.class)
			.single()).isEqualTo("Said it again\n");
	}

	private MvcTestResult report(HearthUser user, String json) {
		return send(user, HttpMethod.POST, "/api/v1/conduct/reports", json);
	}

	private MvcTestResult send(HearthUser user, HttpMethod method, String path, String json) {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
			.with(user(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
