package org.hearth.screening;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.live.LiveScreening;
import org.hearth.screening.live.PhraseRules;
import org.hearth.screening.live.PhraseRules.Kind;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Screening inside the running application: the API, the admins' phrases and the flags it
 * raises.
 */
@HearthTest
@RecordApplicationEvents
class ScreeningIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PhraseRules rules;

	@Autowired
	LiveScreening screening;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	WordingCheck wording;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	private ServingVolunteers serving;

	private String staffToken;

	private HearthUser staff;

	private HearthUser volunteer;

	@BeforeEach
	void integrationClient() {
		staff = PeopleFixture.create(accounts, Role.STAFF);
		staffToken = "Bearer " + tokens.create(staff.id(), "bot");
		serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		volunteer = serving.volunteer();
	}

	@Test
	void acceptsTheCommandLinesFieldNamesForARelease() {
		MvcTestResult result = post("/api/v1/screenings", """
				{"text": "honestly just kill yourself", "author_role": "volunteer", "volunteer_id": "%s",
				 "source": "discord", "message_ref": "msg-old-names"}""".formatted(volunteer.id()));

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.categories")
			.asArray()
			.containsExactly("SELF_HARM_ENCOURAGEMENT");
	}

	@Test
	void flagsVolunteersSelfHarmEncouragementForConductDesk() {
		MvcTestResult result = post("/api/v1/screenings", """
				{"text": "honestly just kill yourself", "authorRole": "volunteer", "volunteerId": "%s",
				 "source": "discord", "messageRef": "msg-1"}""".formatted(volunteer.id()));

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.categories")
			.asArray()
			.containsExactly("SELF_HARM_ENCOURAGEMENT");
		assertThat(result).bodyJson().extractingPath("$.action").isEqualTo("suspend_and_open_critical_case");
		assertThat(events.stream(ScreeningFlagged.class)).singleElement().satisfies(flag -> {
			assertThat(flag.volunteer()).isEqualTo(volunteer.id());
			assertThat(flag.categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
			assertThat(flag.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(flag.authorRole()).isEqualTo(AuthorRole.VOLUNTEER);
			assertThat(flag.action()).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
			assertThat(flag.messageRef()).isEqualTo("msg-1");
			assertThat(flag.excerpt()).contains("kill yourself");
		});
	}

	@Test
	void raisesNoFlagForSupportiveQuestion() {
		MvcTestResult result = post("/api/v1/screenings", """
				{"text": "are you thinking about killing yourself? I'm here with you", "authorRole": "volunteer",
				 "volunteerId": "%s"}""".formatted(volunteer.id()));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.categories").asArray().isEmpty();
		assertThat(events.stream(ScreeningFlagged.class)).isEmpty();
	}

	@Test
	void answersBatchInOrder() {
		MvcTestResult result = post("/api/v1/screenings/batch", """
				{"messages": [
				  {"text": "I want to end it all tonight", "authorRole": "member", "memberHandle": "discord:1234"},
				  {"text": "thanks for listening today", "authorRole": "member", "memberHandle": "discord:5678"}
				]}""");

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[0].categories")
			.asArray()
			.containsExactly("CRISIS");
		assertThat(result).bodyJson().extractingPath("$.results[1].categories").asArray().isEmpty();
		assertThat(events.stream(ScreeningFlagged.class)).singleElement().satisfies(flag -> {
			assertThat(flag.memberHandle()).isEqualTo("discord:1234");
			assertThat(flag.signalsCrisis()).isTrue();
			assertThat(flag.action()).isEqualTo(Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT);
		});
	}

	@Test
	void writesSeverityAsTheCommandLineAndTheDocsDo() {
		String message = "{\"id\": 1, \"text\": \"I have the gun loaded\", \"authorRole\": \"member\"}";
		java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
		ScreeningCommand
			.run(new java.io.ByteArrayInputStream(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)), line);

		MvcTestResult result = post("/api/v1/screenings", message.replace("\"id\": 1, ", ""));

		assertThat(line.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"severity\":\"critical\"");
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.findings[0].severity").isEqualTo("critical");
	}

	@Test
	void screensAndFilesTheRestOfABatchAndAnswersEachBadMessageAtItsPlace() {
		String handle = "discord:batch-" + java.util.UUID.randomUUID();
		MvcTestResult result = post("/api/v1/screenings/batch", """
				{"messages": [
				  {"text": "", "authorRole": "member", "memberHandle": "discord:1"},
				  {"text": "I have the gun loaded", "authorRole": "member", "memberHandle": "%s"},
				  {"text": "hello", "authorRole": "moderator"},
				  {"text": "%s", "authorRole": "member"},
				  {"text": "hi", "authorRole": "volunteer", "volunteerId": "Sam"},
				  {"text": "hi", "authorRole": "volunteer", "volunteerId": "00000000-0000-0000-0000-000000000009"},
				  "just a string",
				  {"text": "thanks for listening today", "authorRole": "member"}
				]}""".formatted(handle, "a".repeat(100_001)));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.notScreened").isEqualTo(6);
		assertThat(result).bodyJson().extractingPath("$.results[1].categories").asArray().containsExactly("CRISIS");
		assertThat(result).bodyJson().extractingPath("$.results[1].findings[0].severity").isEqualTo("critical");
		assertThat(result).bodyJson().extractingPath("$.results[7].action").isEqualTo("none");
		assertThat(result).bodyJson().extractingPath("$.results[7].index").isEqualTo(7);
		java.util.Map<Integer, String[]> problems = java.util.Map.of(0,
				new String[] { "text", "text is required: the words of the message, not empty" }, 2,
				new String[] { "authorRole", "authorRole is volunteer or member" }, 3,
				new String[] { "text", "at most 100,000 characters" }, 4,
				new String[] { "volunteerId", "\"Sam\" is not an id like" }, 5,
				new String[] { "volunteerId", "There is no volunteer with this id." }, 6,
				new String[] { "message", "Each message is an object in curly braces" });
		problems.forEach((index, problem) -> {
			String at = "$.results[" + index + "]";
			assertThat(result).bodyJson().extractingPath(at + ".index").isEqualTo(index);
			assertThat(result).bodyJson().extractingPath(at + ".error").isEqualTo(true);
			assertThat(result).bodyJson().extractingPath(at + ".action").isEqualTo("not_screened");
			assertThat(result).bodyJson().doesNotHavePath(at + ".categories");
			assertThat(result).bodyJson()
				.extractingPath(at + ".problems." + problem[0])
				.asString()
				.as("problem of message %d", index)
				.startsWith(problem[1]);
		});
		assertThat(events.stream(ScreeningFlagged.class)).singleElement().satisfies(flag -> {
			assertThat(flag.memberHandle()).isEqualTo(handle);
			assertThat(flag.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(flag.action()).isEqualTo(Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT);
		});
	}

	@Test
	void documentsTheBatchAnswerMessageByMessage() {
		MvcTestResult api = mvc.get().uri("/v3/api-docs").exchange();

		assertThat(api).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/screenings/batch'].post.description")
			.asString()
			.contains("not_screened", "never clean", "refused whole");
		assertThat(api).bodyJson()
			.extractingPath(
					"$.paths['/api/v1/screenings/batch'].post.requestBody.content['application/json'].schema.$ref")
			.asString()
			.endsWith("/Batch");
		assertThat(api).bodyJson()
			.extractingPath("$.components.schemas.BatchItemView.properties")
			.asMap()
			.containsKeys("index", "error", "action", "problems");
	}

	@Test
	void alertsStaffAtOnceForACriticalCrisisBesideABadMessageInABatch() throws Exception {
		String handle = "discord:beside-" + java.util.UUID.randomUUID();
		MvcTestResult result = post("/api/v1/screenings/batch", """
				{"messages": [
				  {"text": "hello", "authorRole": "moderator"},
				  {"text": "took all my meds", "authorRole": "member", "memberHandle": "%s", "source": "discord"}
				]}""".formatted(handle));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.results[0].action").isEqualTo("not_screened");
		String flag = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(),
				"$.results[1].flagId");
		String escalation = await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("select id::text from care_escalation where trigger_ref = ? and severity = 'CRITICAL'")
				.param("screening:" + flag)
				.query(String.class)
				.optional(), java.util.Optional::isPresent)
			.get();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select person_id from care_escalation_alerted where escalation_id = cast(? as uuid)")
						.param(escalation)
						.query(java.util.UUID.class)
						.list())
				.as("staff are alerted at once for a critical crisis")
				.contains(staff.id().value()));
	}

	@Test
	void explainsInvalidMessage() {
		MvcTestResult result = post("/api/v1/screenings", """
				{"text": "hello", "authorRole": "moderator"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.authorRole")
			.isEqualTo("authorRole is volunteer or member");
		assertThat(post("/api/v1/screenings", """
				{"text": "hello", "authorRole": "volunteer", "volunteerId": "00000000-0000-0000-0000-000000000009"}"""))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.errors.volunteerId")
			.isEqualTo("There is no volunteer with this id.");
	}

	@Test
	void refusesTextThatIsNotAStringInsteadOfScreeningItsDigits() {
		// Each body with the field refused in it.
		java.util.Map<String, String> notText = java.util.Map.of("{\"text\": 12, \"authorRole\": \"member\"}", "text",
				"{\"text\": true, \"authorRole\": \"member\"}", "text",
				"{\"text\": \"yes\", \"authorRole\": \"member\", \"previousMessages\": [\"hi\", 12]}",
				"previousMessages[1]");

		notText.forEach((body, field) -> assertThat(post("/api/v1/screenings", body)).as(body)
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors['" + field + "']")
			.isEqualTo("Send text in quotes here."));
		assertThat(post("/api/v1/screenings", """
				{"text": false, "authorRole": "member"}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The field \"text\" (line 1, column ")
			.endsWith("Send text in quotes here.");
		assertThat(events.stream(ScreeningFlagged.class)).isEmpty();
	}

	@Test
	void refusesANullPreviousMessageRatherThanReadingItAsTheLastOne() {
		assertThat(post("/api/v1/screenings", """
				{"text": "just do it", "authorRole": "member",
				 "previousMessages": ["I want to kill myself tonight", null]}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors['previousMessages[1]']")
			.asString()
			.contains("not null");
		assertThat(events.stream(ScreeningFlagged.class)).isEmpty();
	}

	@Test
	void answersTextThatIsNotAStringInABatchAtItsPlace() {
		MvcTestResult result = post("/api/v1/screenings/batch", """
				{"messages": [
				  {"text": 12, "authorRole": "member"},
				  {"text": true, "authorRole": "member"},
				  {"text": "yes", "authorRole": "member", "previous_messages": [false]},
				  {"text": "thanks for listening today", "authorRole": "member"}
				]}""");

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.notScreened").isEqualTo(3);
		java.util.Map.of(0, "text", 1, "text", 2, "previousMessages[0]").forEach((index, field) -> {
			String at = "$.results[" + index + "]";
			assertThat(result).bodyJson().extractingPath(at + ".action").isEqualTo("not_screened");
			assertThat(result).bodyJson()
				.extractingPath(at + ".problems['" + field + "']")
				.as("problem of message %d", index)
				.isEqualTo("Send text in quotes here.");
		});
		assertThat(result).bodyJson().extractingPath("$.results[3].action").isEqualTo("none");
	}

	@Test
	void refusesToScreenAnyoneWhoDoesNotServeAsAVolunteer() {
		var notServing = new java.util.LinkedHashMap<String, HearthUser>();
		notServing.put("admin", PeopleFixture.create(accounts, Role.ADMIN));
		notServing.put("staff", PeopleFixture.create(accounts, Role.STAFF));
		notServing.put("lead", serving.lead);
		notServing.put("volunteer without an enrolment", PeopleFixture.create(accounts, Role.VOLUNTEER));
		notServing.put("applicant", PeopleFixture.create(accounts, Role.APPLICANT));

		notServing.forEach((who, person) -> {
			MvcTestResult result = post("/api/v1/screenings", """
					{"text": "honestly just kill yourself", "authorRole": "volunteer", "volunteerId": "%s"}"""
				.formatted(person.id()));

			assertThat(result).as(who)
				.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyJson()
				.extractingPath("$.errors.volunteerId")
				.asString()
				.contains("does not serve as a volunteer");
			assertThat(accounts.find(person.id()).orElseThrow().access()).as(who).isEqualTo(Access.ACTIVE);
		});
		assertThat(events.stream(ScreeningFlagged.class)).isEmpty();
	}

	@Test
	void refusesAVolunteerIdOnAMembersMessage() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		MvcTestResult result = post("/api/v1/screenings", """
				{"text": "honestly just kill yourself", "authorRole": "member", "memberHandle": "discord:1",
				 "volunteerId": "%s"}""".formatted(admin.id()));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.errors.volunteerId")
			.asString()
			.contains("member's message names no volunteer");
		assertThat(events.stream(ScreeningFlagged.class)).isEmpty();
	}

	@Test
	void limitsEachClientAndSaysWhenToComeBack() {
		String batch = "{\"messages\": ["
				+ String.join(",", java.util.Collections.nCopies(400, "{\"text\": \"hi\", \"authorRole\": \"member\"}"))
				+ "]}";
		assertThat(post("/api/v1/screenings/batch", batch)).hasStatusOk();

		MvcTestResult refused = post("/api/v1/screenings/batch", batch);

		// 200 messages short at 10 a second: 20 s, less what refilled while the first
		// batch was screened (a second or so on a busy machine).
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String retryAfter = refused.getResponse().getHeader("Retry-After");
		assertThat(Integer.parseInt(retryAfter)).isBetween(15, 20);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.endsWith("Try again in " + retryAfter + " s.");
	}

	@Test
	void refusesABatchOfMoreThanAMillionCharactersWithAProblemDetail() {
		String message = "{\"text\": \"" + "a calm message. ".repeat(3750) + "\", \"authorRole\": \"member\"}";
		String batch = "{\"messages\": [" + String.join(",", java.util.Collections.nCopies(20, message)) + "]}";

		MvcTestResult refused = post("/api/v1/screenings/batch", batch);

		assertThat(refused).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("1,200,000 characters", "at most 1,000,000", "smaller batches");
	}

	@Test
	void refusesABodyLargerThanAnyValidRequestBeforeReadingIt() {
		String huge = "{\"text\": \"" + "x".repeat(9 * 1024 * 1024) + "\", \"authorRole\": \"member\"}";

		MvcTestResult refused = post("/api/v1/screenings/batch", huge);

		assertThat(refused).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("larger than 8 MiB");
	}

	@Test
	void appliesAdminPhraseWithoutRestartAndAuditsIt() {
		String phrase = "sparkle-snake-" + System.nanoTime();
		assertThat(screening.screen("you are a " + phrase, AuthorRole.MEMBER, List.of()).isClean()).isTrue();

		var added = rules.add(Category.HARASSMENT, Kind.ADDED, phrase);
		screening.refresh();

		assertThat(screening.screen("you are a " + phrase, AuthorRole.MEMBER, List.of()).categories())
			.containsExactly(Category.HARASSMENT);
		assertThat(audit.find(new AuditQuery(null, "screening.phrase-added", null, null, null, null), 20))
			.anySatisfy(entry -> assertThat(entry.details()).contains(phrase));

		rules.remove(added.id());
		screening.refresh();
		assertThat(screening.screen("you are a " + phrase, AuthorRole.MEMBER, List.of()).isClean()).isTrue();
	}

	@Test
	void previewsPhraseOnSampleWithoutSavingIt() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		String phrase = "glitter-goblin-" + System.nanoTime();

		var preview = mvc.post()
			.uri("/admin/screening/preview")
			.with(csrf())
			.with(user(admin))
			.param("category", "HARASSMENT")
			.param("kind", "ADDED")
			.param("phrase", phrase)
			.param("sample", "what a " + phrase)
			.exchange();

		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("Not flagged.", "Flagged: HARASSMENT", "<mark")
			.doesNotContain("<html");
		assertThat(rules.all()).noneMatch(p -> p.phrase().equals(phrase));
	}

	@Test
	void refusesAPhraseThatReadsAsAlmostNothingBesideItsFieldAndInThePreview() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		var saved = mvc.post()
			.uri("/admin/screening/phrases")
			.with(csrf())
			.with(user(admin))
			.param("category", "HARASSMENT")
			.param("kind", "ADDED")
			.param("phrase", "(a+)+$")
			.exchange();
		var preview = mvc.post()
			.uri("/admin/screening/preview")
			.with(csrf())
			.with(user(admin))
			.param("category", "HARASSMENT")
			.param("kind", "ADDED")
			.param("phrase", "the")
			.param("sample", "the cat sat on the mat")
			.exchange();

		assertThat(saved).hasStatusOk()
			.bodyText()
			.contains("id=\"phrase-error\">Read the way screening reads messages", "is only \u201ca\u201d");
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("is made only of very common words (the)")
			.doesNotContain("With your change");
		assertThat(rules.all()).noneMatch(p -> p.phrase().equals("(a+)+$"));
	}

	@Test
	void previewCountsThePhraseOverTheFlaggedMessagesHearthKeepsForItsAudience() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		String token = uniqueWord();
		assertThat(post("/api/v1/screenings",
				"{\"text\": \"shut up idiot %s\", \"authorRole\": \"member\", \"memberHandle\": \"discord:%s\"}"
					.formatted(token, token)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.categories")
			.asArray()
			.contains("HARASSMENT");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from conduct_report where source = 'SCREENING' and excerpts like :t")
				.param("t", "%" + token + "%")
				.query(Integer.class)
				.single() == 1);

		var everyone = previewFor(admin, token, "BOTH");
		var volunteers = previewFor(admin, token, "VOLUNTEERS");

		assertThat(everyone).hasStatusOk()
			.bodyText()
			.containsPattern("Of the \\d+ flagged messages of the last 30 days that Hearth keeps for these authors, "
					+ "this phrase occurs in 1\\.")
			.contains("Hearth keeps no copy of the messages screening reads");
		assertThat(volunteers).hasStatusOk()
			.bodyText()
			.containsPattern("(this phrase occurs in 0\\.|Hearth keeps no flagged messages of the last 30 days)")
			.contains("The sample is screened as written by a volunteer.");
	}

	@Test
	void appliesAVolunteersOnlyPhraseSavedOnThePageToVolunteersMessagesAlone() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		String phrase = uniqueWord() + " protocol";

		var saved = mvc.post()
			.uri("/admin/screening/phrases")
			.with(csrf())
			.with(user(admin))
			.param("category", "SELF_HARM_ENCOURAGEMENT")
			.param("kind", "ADDED")
			.param("audience", "VOLUNTEERS")
			.param("phrase", phrase)
			.exchange();
		var added = rules.all().stream().filter(p -> p.phrase().equals(phrase)).findFirst().orElseThrow();
		try {
			screening.refresh();

			assertThat(saved).hasStatus3xxRedirection();
			assertThat(added.audience()).isEqualTo(PhraseRules.Audience.VOLUNTEERS);
			assertThat(screening.screen("start the " + phrase, AuthorRole.VOLUNTEER, List.of()).categories())
				.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
			assertThat(screening.screen("start the " + phrase, AuthorRole.MEMBER, List.of()).isClean()).isTrue();
			assertThat(mvc.get().uri("/admin/screening").with(user(admin))).bodyText()
				.contains(phrase, "volunteers&#39; messages");
		}
		finally {
			rules.remove(added.id());
			screening.refresh();
		}
	}

	private MvcTestResult previewFor(HearthUser admin, String phrase, String audience) {
		return mvc.post()
			.uri("/admin/screening/preview")
			.with(csrf())
			.with(user(admin))
			.header("HX-Request", "true")
			.param("category", "HARASSMENT")
			.param("kind", "ADDED")
			.param("audience", audience)
			.param("phrase", phrase)
			.param("sample", "a sample about " + phrase)
			.exchange();
	}

	/** A word of letters nobody else uses, read by the rules as itself. */
	private static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		java.util.concurrent.ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> word.append((char) c));
		return word.toString();
	}

	@Test
	void showsStaffTheFindingsHighlighted() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		var page = mvc.post()
			.uri("/staff/screening")
			.with(csrf())
			.with(user(staff))
			.header("HX-Request", "true")
			.param("text", "you should stop taking your meds, doctors don't know anything")
			.param("role", "VOLUNTEER")
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("medical advice", "<mark", "id=\"result\"")
			.doesNotContain("<html");
		assertThat(mvc.post().uri("/staff/screening").with(csrf()).with(user(staff)).param("text", " ")).bodyText()
			.contains("Paste the message you want to check.");
	}

	@Test
	void readsAReplyBesideTheMessageItAnswersWhenStaffPasteBoth() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		var alone = checkOnTheDesk(staff, "do it", "");
		var inReply = checkOnTheDesk(staff, "do it", "i want to kill myself tonight");

		assertThat(alone).hasStatusOk().bodyText().contains("Nothing here breaks the Code.");
		assertThat(inReply).hasStatusOk()
			.bodyText()
			.contains("self harm encouragement", "suspend and open critical case")
			.doesNotContain("Nothing here breaks the Code.");
		assertThat(mvc.post()
			.uri("/staff/screening")
			.with(csrf())
			.with(user(staff))
			.param("text", "do it")
			.param("previous", "x".repeat(20_001))).bodyText()
			.contains("Paste at most 20,000 characters of the earlier message.", "name=\"previous\"");
	}

	/** Staff check a volunteer's message on the screening page, as htmx posts it. */
	private MvcTestResult checkOnTheDesk(HearthUser staff, String text, String previous) {
		return mvc.post()
			.uri("/staff/screening")
			.with(csrf())
			.with(user(staff))
			.header("HX-Request", "true")
			.param("text", text)
			.param("previous", previous)
			.param("role", "VOLUNTEER")
			.exchange();
	}

	@Test
	void checksFeedbackWordingForShaming() {
		assertThat(wording.concerns("honestly you're pathetic for needing therapy, grow up")).isNotEmpty()
			.allSatisfy(concern -> assertThat(concern.category()).isIn("SHAMING", "HARASSMENT"));
		assertThat(wording.concerns("Thank you for staying with that member tonight; next time, loop in SWAT sooner."))
			.isEmpty();
	}

	private MvcTestResult post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.header("Authorization", staffToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
