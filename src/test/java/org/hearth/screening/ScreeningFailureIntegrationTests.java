package org.hearth.screening;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.conduct.CaseFile;
import org.hearth.conduct.ConductDesk;
import org.hearth.conduct.ConductDesk.QueueFilter;
import org.hearth.conduct.ReportCategory;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.screening.live.LiveScreening;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * When the screener itself fails, the message is not passed as clean: the API says
 * {@code error} and {@code hold_for_human_review}, the failure is counted on the
 * actuator, and the message reaches the conduct desk's queue for staff to read.
 */
@HearthTest
class ScreeningFailureIntegrationTests {

	@MockitoBean
	Screener screener;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ConductDesk desk;

	@Autowired
	MeterRegistry meters;

	@Autowired
	LiveScreening screening;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	private HearthUser staff;

	private String staffToken;

	@BeforeEach
	void engineThatThrows() {
		given(screener.withOverrides(any())).willReturn(screener);
		given(screener.screen(any(ScreeningRequest.class)))
			.willThrow(new IllegalStateException("the engine failed on this message"));
		// A batch answered with no results at all is a failure too: each message is then
		// screened on its own, and held.
		given(screener.screenAll(anyList())).willReturn(java.util.List.of());
		// The application takes the screener in force again, so it is this one whichever
		// test class shared the context before.
		jdbc.sql("update screening_revision set revision = revision + 1 where id = 1").update();
		screening.refresh();
		staff = PeopleFixture.create(accounts, Role.STAFF);
		staffToken = "Bearer " + tokens.create(staff.id(), "bot");
	}

	@Test
	void volunteersMessageThatCouldNotBeScreenedGoesToTheConductQueueHeldForReview() throws Exception {
		HearthUser volunteer = new ServingVolunteers(catalog, accounts, leads, enrolments).volunteer();
		double errorsBefore = errorsCounted();

		MvcTestResult result = post("""
				{"text": "the rope is already tied in my garage", "authorRole": "volunteer", "volunteerId": "%s",
				 "source": "discord", "messageRef": "msg-77"}""".formatted(volunteer.id()));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.error").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.action").isEqualTo("hold_for_human_review");
		assertThat(result).bodyJson().extractingPath("$.categories").asArray().isEmpty();
		UUID flag = UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.flagId"));
		assertThat(errorsCounted()).isEqualTo(errorsBefore + 1);

		CaseFile file = await().atMost(Duration.ofSeconds(20))
			.until(() -> caseFiledFor(flag), Optional::isPresent)
			.get();
		assertThat(file.reports()).anySatisfy(report -> {
			assertThat(report.report().whatHappened()).contains("could not read").contains("hold_for_human_review");
			assertThat(report.report().excerpts()).contains("the rope is already tied");
			assertThat(report.report().category()).isEqualTo(ReportCategory.OTHER);
		});
		assertThat(file.theCase().severity().name()).isEqualTo("HIGH");
		assertThat(accounts.find(volunteer.id()).orElseThrow().access())
			.as("a failure is not a finding: nobody is suspended for it")
			.isEqualTo(Access.ACTIVE);
	}

	@Test
	void memberMessagesInABatchThatCouldNotBeScreenedEachReachTheQueue() throws Exception {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/screenings/batch")
			.header("Authorization", staffToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"messages": [
					  {"text": "I've given my cat to my sister, I won't need her after friday", "authorRole": "member",
					   "memberHandle": "discord:9001"},
					  {"text": "thanks for today", "authorRole": "member", "memberHandle": "discord:9002"}
					]}""")
			.exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.results[0].error").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.results[1].action").isEqualTo("hold_for_human_review");
		String body = result.getResponse().getContentAsString();
		for (int i = 0; i < 2; i++) {
			UUID flag = UUID.fromString(JsonPath.read(body, "$.results[" + i + "].flagId"));
			await().atMost(Duration.ofSeconds(20)).until(() -> caseFiledFor(flag), Optional::isPresent);
		}
	}

	@Test
	void staffCheckingAMessageTheScreenerFailsOnAreToldItFailedNeverThatItIsClean() {
		MvcTestResult page = mvc.post()
			.uri("/staff/screening")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user(staff))
			.header("HX-Request", "true")
			.param("text", "the rope is already tied in my garage")
			.param("role", "MEMBER")
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("The screener failed on this message", "hold for human review")
			.doesNotContain("Nothing here breaks the Code.");
	}

	@Test
	void errorCountIsOnTheActuatorForAdmins() {
		post("""
				{"text": "anything at all", "authorRole": "member", "memberHandle": "discord:9003"}""");
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		MvcTestResult metric = mvc.get()
			.uri("/actuator/metrics/" + LiveScreening.ERRORS_METRIC)
			.with(user(admin))
			.exchange();

		assertThat(metric).hasStatusOk()
			.bodyJson()
			.extractingPath("$.measurements[0].value")
			.asNumber()
			.satisfies(value -> assertThat(value.doubleValue()).isGreaterThanOrEqualTo(1));
		assertThat(mvc.get().uri("/actuator/metrics/" + LiveScreening.ERRORS_METRIC).with(user(staff)).exchange())
			.hasStatus(403);
	}

	private double errorsCounted() {
		var counter = meters.find(LiveScreening.ERRORS_METRIC).counter();
		return counter == null ? 0 : counter.count();
	}

	private Optional<CaseFile> caseFiledFor(UUID flag) {
		return desk.queue(QueueFilter.open(), staff)
			.stream()
			.map(summary -> desk.caseFile(summary.id()))
			.filter(file -> file.reports().stream().anyMatch(r -> flag.equals(r.report().screeningId())))
			.findFirst();
	}

	private MvcTestResult post(String json) {
		return mvc.post()
			.uri("/api/v1/screenings")
			.header("Authorization", staffToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
