package org.hearth.onboarding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.EarlierMail;
import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.BackgroundCheckStatus;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.OnboardingFixture;
import org.hearth.onboarding.WebhookSignature;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.volunteering.LeadVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole volunteer journey through the API, and a provider's signed webhook. */
@HearthTest
class VolunteerJourneyApiTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokens tokens;

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
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	OnboardingFixture fixture;

	String staff;

	@BeforeEach
	void setUp() {
		EarlierMail.setAside(jdbc);
		fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
		staff = token(PeopleFixture.create(accounts, Role.STAFF));
	}

	String token(HearthUser user) {
		return "Bearer " + tokens.create(user.id(), "test");
	}

	MvcTestResult get(String token, String path) {
		return mvc.get().uri(path).header("Authorization", token).exchange();
	}

	MvcTestResult post(String token, String path, Object body) {
		return mvc.post()
			.uri(path)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))
			.exchange();
	}

	JsonNode body(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	void takesAnApplicantFromApplicationToServiceAndPause() {
		HearthUser person = fixture.applicant();
		String applicant = token(person);
		String lead = token(fixture.lead);

		MvcTestResult applied = post(applicant, "/api/v1/applications",
				Map.of("roleId", fixture.role.id().value(), "commitmentMonths", 6, "commitmentAmount", 3,
						"commitmentUnit", "HOURS", "commitmentPeriod", "WEEK", "availability", "Weekday evenings",
						"languages", "English, Spanish", "timeZone", "Europe/Madrid", "motivation",
						"I want to give back."));
		assertThat(applied).hasStatus(201);
		String application = body(applied).path("id").asString();
		assertThat(body(applied).path("status").asString()).isEqualTo("SUBMITTED");

		assertThat(get(staff, "/api/v1/staff/applications")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(application);
		assertThat(post(staff, "/api/v1/staff/applications/" + application + "/acceptance", Map.of("version", 0)))
			.hasStatusOk();

		JsonNode course = body(get(applicant, "/api/v1/courses/" + fixture.course.id()));
		assertThat(course.path("lessons").get(0).path("title").asString()).isEqualTo("Welcome");
		assertThat(course.path("questions").get(0).has("answer")).isFalse();
		assertThat(post(applicant, "/api/v1/courses/" + fixture.course.id() + "/attempts",
				Map.of("answers", List.of(0, 0))))
			.bodyJson()
			.extractingPath("$.passed")
			.isEqualTo(false);
		assertThat(post(applicant, "/api/v1/courses/" + fixture.course.id() + "/attempts",
				Map.of("answers", List.of(1, 0))))
			.bodyJson()
			.extractingPath("$.passed")
			.isEqualTo(true);
		assertThat(post(applicant, "/api/v1/acknowledgements", Map.of("policyKey", fixture.policy, "version", 1)))
			.hasStatus(204);
		assertThat(post(applicant, "/api/v1/applications/" + application + "/age-confirmation",
				Map.of("ofMinimumAge", true)))
			.hasStatusOk();

		MvcTestResult tooEarly = post(staff, "/api/v1/staff/applications/" + application + "/activation",
				Map.of("leadId", fixture.lead.id().value(), "version", 2));
		assertThat(tooEarly).hasStatus(422);
		assertThat(body(tooEarly).path("detail").asString()).contains("background check");

		assertThat(post(staff, "/api/v1/staff/background-checks", Map.of("personId", person.id().value(), "status",
				"CLEAR", "providerReference", "CHK-1", "expiresOn", LocalDate.now().plusYears(2).toString())))
			.hasStatus(201);
		JsonNode ready = body(get(applicant, "/api/v1/applications/" + application));
		assertThat(ready.path("missing").size()).isZero();
		JsonNode suggestions = body(get(staff, "/api/v1/staff/applications/" + application + "/lead-suggestions"));
		assertThat(suggestions.get(0).path("leadId").asString()).isEqualTo(fixture.lead.id().toString());
		assertThat(suggestions.get(0).path("reasons").toString()).contains("speaks english");

		MvcTestResult activated = post(staff, "/api/v1/staff/applications/" + application + "/activation",
				Map.of("leadId", fixture.lead.id().value(), "version", ready.path("version").asLong()));
		assertThat(activated).hasStatus(201);
		String enrolment = body(activated).path("enrolmentId").asString();

		JsonNode mine = body(get(applicant, "/api/v1/enrolments")).get(0);
		assertThat(mine.path("state").asString()).isEqualTo("ACTIVE");
		assertThat(mine.path("leadName").asString()).isEqualTo(fixture.lead.displayName());

		MvcTestResult logged = post(applicant, "/api/v1/enrolments/" + enrolment + "/service-entries",
				Map.of("servedOn", LocalDate.now().toString(), "amount", 2.5, "note", "Evening shift"));
		assertThat(logged).hasStatus(201);
		String entry = body(logged).path("id").asString();
		assertThat(get(lead, "/api/v1/lead/service-entries")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(entry);
		assertThat(post(lead, "/api/v1/lead/service-entries/" + entry + "/decision", Map.of("approve", true)))
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("APPROVED");
		assertThat(body(get(applicant, "/api/v1/enrolments/" + enrolment)).path("fulfilment").path("served").asDouble())
			.isEqualTo(2.5);

		LocalDate until = LocalDate.now().plusWeeks(2);
		assertThat(post(applicant, "/api/v1/enrolments/" + enrolment + "/pause", Map.of("until", until.toString())))
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("PAUSED");
		await().until(() -> TestMail.to(mail, fixture.lead.email())
			.stream()
			.anyMatch(message -> TestMail.text(message).contains("paused their service")));
		assertThat(post(applicant, "/api/v1/enrolments/" + enrolment + "/resume", Map.of())).bodyJson()
			.extractingPath("$.state")
			.isEqualTo("ACTIVE");

		assertThat(audit.find(new AuditQuery(null, null, "enrolment", enrolment, null, null), 20))
			.extracting(entry2 -> entry2.action())
			.contains("enrolment.activated", "lead.assigned", "service.logged", "service.approved", "enrolment.paused",
					"enrolment.resumed");
	}

	@Test
	void namesEveryProblemOfAnApplicationInOneAnswer() {
		String applicant = token(fixture.applicant());

		MvcTestResult refused = post(applicant, "/api/v1/applications",
				Map.of("roleId", fixture.role.id().value(), "commitmentMonths", 0, "commitmentAmount", 3,
						"commitmentUnit", "HOURS", "commitmentPeriod", "WEEK", "availability", "Weekday evenings",
						"languages", "\u200B, \u2060", "timeZone", "Nowhere/Atlantis", "motivation", "\u200B\u200B"));

		assertThat(refused).hasStatus(422);
		JsonNode errors = body(refused).path("errors");
		assertThat(errors.propertyNames()).containsExactly("commitmentMonths", "timeZone", "languages", "motivation");
		assertThat(errors.path("languages").asString())
			.isEqualTo("Name at least one language you can support people in.");
		assertThat(errors.path("motivation").asString()).isEqualTo("Tell us a little about why you'd like to serve.");
		assertThat(body(refused).path("detail").asString()).contains("Choose a time zone such as Europe/London",
				"Name at least one language", "Tell us a little about why");
	}

	@Test
	void namesEveryUnmetRequirementWhenActivationIsRefused() {
		HearthUser person = fixture.applicant();
		var application = onboarding.apply(person.id(), fixture.role.id(), OnboardingFixture.details());
		application = onboarding.accept(application.id(), application.version());

		MvcTestResult refused = post(staff, "/api/v1/staff/applications/" + application.id() + "/activation",
				Map.of("leadId", fixture.lead.id().value(), "version", application.version()));

		assertThat(refused).hasStatus(422);
		JsonNode missing = body(refused).path("missing");
		assertThat(missing.size()).isEqualTo(4);
		assertThat(missing.toString()).contains("Pass the course " + fixture.course.name(), "A background check",
				"Read and acknowledge Code of Conduct", "Confirm you are 18 or older");
		assertThat(body(refused).path("detail").asString()).startsWith("Not yet: Pass the course ")
			.contains("A background check", "Confirm you are 18 or older");
	}

	@Test
	void showsTheCommitmentShortfallInTheApplication() {
		HearthUser person = fixture.applicant();
		MvcTestResult applied = post(token(person), "/api/v1/applications",
				Map.of("roleId", fixture.role.id().value(), "commitmentMonths", 1, "commitmentAmount", 1,
						"commitmentUnit", "HOURS", "commitmentPeriod", "WEEK", "availability", "Weekday evenings",
						"languages", "English", "timeZone", "Europe/Madrid", "motivation", "I want to give back."));
		String application = body(applied).path("id").asString();

		JsonNode shown = body(get(staff, "/api/v1/applications/" + application));

		assertThat(shown.path("commitmentAsked").asString()).isEqualTo("6 months, 3 hours a week");
		assertThat(shown.path("commitmentShortfall").toString())
			.isEqualTo("[\"1 month instead of the 6 asked\",\"1 hour a week instead of the 3 hours a week asked\"]");

		HearthUser matching = fixture.applicant();
		var matched = onboarding.apply(matching.id(), fixture.role.id(), OnboardingFixture.details());
		assertThat(body(get(staff, "/api/v1/applications/" + matched.id())).path("commitmentShortfall").size())
			.isZero();
	}

	@Test
	void describesTheJourneyInOpenApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/applications", "/api/v1/staff/applications/{id}/activation",
					"/api/v1/enrolments/{id}/pause", "/api/v1/lead/volunteers", "/api/v1/background-checks/webhook");
	}

	@Test
	void takesASignedProviderResultOnceAndRefusesAReplay() {
		HearthUser person = fixture.applicant();
		checks.record(person.id(), BackgroundCheckStatus.PENDING, "PROV-" + person.id(), null);
		String body = json.writeValueAsString(Map.of("deliveryId", UUID.randomUUID().toString(), "reference",
				"PROV-" + person.id(), "status", "clear", "expiresOn", LocalDate.now().plusYears(1).toString()));
		var signature = new WebhookSignature("test-provider-secret-0123456789");
		long now = Instant.now().getEpochSecond();

		assertThat(deliver(String.valueOf(now), signature.sign(now, body), body)).hasStatus(202);
		assertThat(checks.current(person.id()).orElseThrow().status()).isEqualTo(BackgroundCheckStatus.CLEAR);

		assertThat(deliver(String.valueOf(now), signature.sign(now, body), body)).hasStatus(409);
		assertThat(checks.history(person.id())).hasSize(2);
	}

	@Test
	void refusesAnUnsignedForgedOrStaleDelivery() {
		String body = json.writeValueAsString(
				Map.of("deliveryId", UUID.randomUUID().toString(), "reference", "X", "status", "clear"));
		long now = Instant.now().getEpochSecond();
		long old = now - 600;

		assertThat(deliver(null, null, body)).hasStatus(401);
		assertThat(deliver(String.valueOf(now), new WebhookSignature("a-guessed-secret-value").sign(now, body), body))
			.hasStatus(401);
		assertThat(deliver(String.valueOf(old), new WebhookSignature("test-provider-secret-0123456789").sign(old, body),
				body))
			.hasStatus(401);
	}

	MvcTestResult deliver(String timestamp, String signature, String body) {
		var request = mvc.post()
			.uri("/api/v1/background-checks/webhook")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (timestamp != null) {
			request = request.header("X-Hearth-Timestamp", timestamp).header("X-Hearth-Signature", signature);
		}
		return request.exchange();
	}

}
