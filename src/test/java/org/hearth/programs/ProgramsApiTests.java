package org.hearth.programs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation setup API as a script uses it: with a personal token, JSON in and out,
 * problems explained.
 */
@HearthTest
class ProgramsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditLog audit;

	@Autowired
	Courses courses;

	private String admin;

	@BeforeEach
	void signInAsAdmin() {
		admin = "Bearer " + tokens.create(PeopleFixture.create(accounts, Role.ADMIN).id(), "api test");
	}

	@Test
	void createsProgramWithRoleAndReadsItBack() {
		String name = "Night Owls " + System.nanoTime();
		String course = "Foundations " + System.nanoTime();
		courses.create(course, "The basics", 100, "# Welcome\nWe listen.", "? Who helps?\n* My lead\n- Nobody\n");
		MvcTestResult created = post("/api/v1/programs", """
				{"name": "%s", "description": "Late-night listening", "platform": "DISCORD"}""".formatted(name));
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.name").isEqualTo(name);
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");

		MvcTestResult role = post("/api/v1/programs/" + id + "/roles",
				"""
						{"name": "Listener", "description": "Listens", "commitmentMonths": 6, "commitmentAmount": 2, "commitmentUnit": "SESSIONS",
						 "commitmentPeriod": "TWO_WEEKS",
						 "courses": ["%s"], "backgroundCheck": true, "backgroundCheckValidityMonths": 24, "minimumAge": 18}"""
					.formatted(course));

		assertThat(role).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.requirements.backgroundCheckValidityMonths")
			.isEqualTo(24);
		assertThat(mvc.get().uri("/api/v1/programs/" + id + "/roles").header("Authorization", admin)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].commitment.frequency")
			.isEqualTo("2 sessions every two weeks");
		assertThat(audit.find(new AuditQuery(null, "program-role.created", null, null, null, null), 50))
			.anySatisfy(entry -> assertThat(entry.details()).contains("Listener in " + name,
					"Background check, valid 24 months"));
	}

	@Test
	void explainsEachInvalidFieldAsProblemDetail() {
		MvcTestResult result = post("/api/v1/programs", """
				{"name": "", "platform": null}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors.name").isEqualTo("Give the program a name.");
		assertThat(result).bodyJson().extractingPath("$.errors.platform").isEqualTo("Choose a platform.");
	}

	@Test
	void refusesMalformedJsonWithProblemDetail() {
		assertThat(post("/api/v1/programs", "{\"name\": ")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesChangeMadeFromStaleVersion() {
		MvcTestResult created = post("/api/v1/programs", """
				{"name": "Stale %s", "description": "", "platform": "FORUM"}""".formatted(System.nanoTime()));
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");
		String change = """
				{"name": "Renamed %s", "description": "", "platform": "FORUM", "version": 0}"""
			.formatted(System.nanoTime());
		assertThat(put("/api/v1/programs/" + id, change)).hasStatusOk();

		MvcTestResult second = put("/api/v1/programs/" + id, change.replace("Renamed", "Overwritten"));

		assertThat(second).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Someone else changed");
	}

	@Test
	void revisesARoleOnceFromItsVersionAndRefusesTheStaleSecondChange() throws Exception {
		MvcTestResult created = post("/api/v1/programs", """
				{"name": "Roles %s", "description": "", "platform": "FORUM"}""".formatted(System.nanoTime()));
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");
		MvcTestResult role = post("/api/v1/programs/" + id + "/roles", """
				{"name": "Listener", "description": "Listens", "commitmentMonths": 6, "commitmentAmount": 2,
				 "commitmentUnit": "SESSIONS", "commitmentPeriod": "TWO_WEEKS", "minimumAge": 18}""");
		assertThat(role).hasStatus(HttpStatus.CREATED);
		String roleId = com.jayway.jsonpath.JsonPath.read(role.getResponse().getContentAsString(), "$.id");
		String change = """
				{"name": "Night listener", "description": "Listens late", "commitmentMonths": 3, "commitmentAmount": 1,
				 "commitmentUnit": "SESSIONS", "commitmentPeriod": "WEEK", "backgroundCheck": true,
				 "backgroundCheckValidityMonths": 12, "minimumAge": 21, "version": 0}""";

		assertThat(put("/api/v1/programs/" + id + "/roles/" + roleId, change)).hasStatusOk();
		assertThat(get("/api/v1/programs/" + id + "/roles")).bodyJson()
			.extractingPath("$[0].name")
			.isEqualTo("Night listener");
		assertThat(get("/api/v1/programs/" + id + "/roles")).bodyJson()
			.extractingPath("$[0].requirements.minimumAge")
			.isEqualTo(21);
		assertThat(get("/api/v1/programs/" + id + "/roles")).bodyJson()
			.extractingPath("$[0].requirements.backgroundCheckValidityMonths")
			.isEqualTo(12);
		assertThat(put("/api/v1/programs/" + id + "/roles/" + roleId, change.replace("Night", "Day")))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void publishesNewPolicyVersionAndKeepsOldOneReadable() {
		String key = "privacy-" + System.nanoTime();
		assertThat(post("/api/v1/policies", """
				{"key": "%s", "title": "Privacy", "body": "First text"}""".formatted(key)))
			.hasStatus(HttpStatus.CREATED);

		assertThat(post("/api/v1/policies/" + key + "/versions", """
				{"body": "Second text", "summaryOfChanges": "Clearer wording"}""")).hasStatus(HttpStatus.CREATED);

		assertThat(get("/api/v1/policies/" + key)).bodyJson().extractingPath("$.number").isEqualTo(2);
		assertThat(get("/api/v1/policies/" + key + "/versions/1")).bodyJson()
			.extractingPath("$.body")
			.isEqualTo("First text");
	}

	@Test
	void refusesUnknownPolicyKeyOnRoleBesideTheField() {
		MvcTestResult created = post("/api/v1/programs", """
				{"name": "Keys %s", "description": "", "platform": "OTHER"}""".formatted(System.nanoTime()));
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");

		MvcTestResult role = post("/api/v1/programs/" + id + "/roles",
				"""
						{"name": "Helper", "commitmentMonths": 3, "commitmentAmount": 1, "commitmentUnit": "HOURS", "commitmentPeriod": "WEEK",
						 "policies": ["no-such-policy"]}""");

		assertThat(role).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.errors.policies")
			.asString()
			.contains("no-such-policy");
	}

	@Test
	void refusesARoleAskingForACourseThatDoesNotExist() {
		MvcTestResult created = post("/api/v1/programs", """
				{"name": "Courses %s", "description": "", "platform": "OTHER"}""".formatted(System.nanoTime()));
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");

		MvcTestResult role = post("/api/v1/programs/" + id + "/roles",
				"""
						{"name": "Helper", "commitmentMonths": 3, "commitmentAmount": 1, "commitmentUnit": "HOURS", "commitmentPeriod": "WEEK",
						 "courses": ["Course Nobody Wrote"]}""");

		assertThat(role).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.errors.courses")
			.asString()
			.contains("There is no course called Course Nobody Wrote", "write the course under Courses first");
		assertThat(get("/api/v1/programs/" + id + "/roles")).bodyJson().extractingPath("$.length()").isEqualTo(0);
	}

	@Test
	void answersUnknownProgramWith404Problem() {
		assertThat(get("/api/v1/programs/00000000-0000-0000-0000-000000000001")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesRevokedToken() {
		var person = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String secret = tokens.create(person.id(), "short-lived");
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + secret)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo(person.email());

		tokens.list(person.id()).forEach(token -> tokens.revoke(person.id(), token.id()));

		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + secret))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).header("Authorization", admin).exchange();
	}

	private MvcTestResult post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult put(String uri, String json) {
		return mvc.put()
			.uri(uri)
			.header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
