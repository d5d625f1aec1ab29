package org.hearth.screening;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.conduct.CaseEntry;
import org.hearth.conduct.CaseFile;
import org.hearth.conduct.CaseId;
import org.hearth.conduct.ConductDesk;
import org.hearth.conduct.Outcome;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.screening.engine.CategoryHead;
import org.hearth.screening.engine.ModelScores;
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

/**
 * A finding of the learned tier alone, followed from the screening API to the conduct
 * desk and care, with the model's scores given by hand (the shipped rules, cascade, head
 * thresholds and application are real): encouragement of self-harm that only the model
 * read holds the message and opens a critical case for staff to confirm, and nobody is
 * suspended until a person does; a rule's finding still suspends at once; a crisis only
 * the model read opens the care escalation at once.
 */
@HearthTest
class ModelFindingsIntegrationTests {

	/**
	 * Read by no rule (plain words, so that rules written later cannot read them either):
	 * what is found in it is the model's, with the scores given below.
	 */
	static final String MODEL_ONLY = "ok then, see you on thursday";

	/** As {@link #MODEL_ONLY}, scored as a crisis. */
	static final String QUIET_CRISIS = "it is very quiet here this evening";

	static final String RATIONALE = "Staff read the held message and confirmed what screening read in it.";

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

	private HearthUser volunteer;

	@BeforeEach
	void cascadeWithScoresGivenByHand() {
		Map<String, float[]> given = new HashMap<>();
		given.put(MODEL_ONLY, scores(Category.SELF_HARM_ENCOURAGEMENT, 0.97f));
		given.put("just kys already, nobody would care", scores(Category.SELF_HARM_ENCOURAGEMENT, 0.99f));
		given.put(QUIET_CRISIS, scores(Category.CRISIS, 0.98f));
		CategoryHead head = CategoryHead.shipped();
		Screener cascade = Screener.withShippedRules().withModel(new ModelScores() {
			@Override
			public float[][] score(List<ScreeningRequest> requests) {
				return requests.stream()
					.map(r -> given.getOrDefault(r.text(), new float[Category.values().length]).clone())
					.toArray(float[][]::new);
			}

			@Override
			public CategoryHead head() {
				return head;
			}
		});
		given(screener.withOverrides(any())).willReturn(screener);
		given(screener.screen(any(ScreeningRequest.class)))
			.willAnswer(call -> cascade.screen(call.<ScreeningRequest>getArgument(0)));
		given(screener.screenAll(anyList())).willAnswer(call -> cascade.screenAll(call.getArgument(0)));
		// The screener in force was built from the mock before it was told what to do:
		// a new phrase revision makes the application take it again.
		jdbc.sql("update screening_revision set revision = revision + 1 where id = 1").update();
		screening.refresh();
		staff = PeopleFixture.create(accounts, Role.STAFF);
		staffToken = "Bearer " + tokens.create(staff.id(), "bot");
		volunteer = new ServingVolunteers(catalog, accounts, leads, enrolments).volunteer();
	}

	@Test
	void holdsAVolunteersMessageOnlyTheModelReadsAsEncouragementForStaffToConfirmWithoutSuspending() throws Exception {
		MvcTestResult result = post("""
				{"text": "%s", "authorRole": "volunteer", "volunteerId": "%s", "source": "discord",
				 "messageRef": "msg-model-1"}""".formatted(MODEL_ONLY, volunteer.id()));

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.action")
			.isEqualTo("hold_and_open_critical_case_to_confirm");
		assertThat(result).bodyJson()
			.extractingPath("$.categories")
			.asArray()
			.containsExactly("SELF_HARM_ENCOURAGEMENT");
		assertThat(result).bodyJson().extractingPath("$.findings[0].tier").isEqualTo("model");
		UUID flag = flagId(result);

		CaseFile file = await().atMost(Duration.ofSeconds(20))
			.until(() -> caseFiledFor(flag), Optional::isPresent)
			.get();
		assertThat(file.theCase().severity().name()).isEqualTo("CRITICAL");
		assertThat(file.reports()).singleElement()
			.satisfies(report -> assertThat(report.report().whatHappened()).contains("SELF_HARM_ENCOURAGEMENT")
				.contains("hold_and_open_critical_case_to_confirm"));
		assertThat(file.entries()).anySatisfy(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEntry.Kind.ESCALATION);
			assertThat(entry.text()).contains("Only the learned tier").contains("nobody was suspended");
		});
		assertThat(file.entries()).extracting(CaseEntry::kind).doesNotContain(CaseEntry.Kind.SUSPENSION);
		assertThat(accessOf(volunteer)).as("nobody is suspended on the model's reading alone").isEqualTo(Access.ACTIVE);

		desk.decide(file.theCase().id(), file.theCase().version(), Outcome.SUSPENSION, RATIONALE, staff);

		assertThat(accessOf(volunteer)).as("a person confirmed it").isEqualTo(Access.SUSPENDED);
	}

	@Test
	void stillSuspendsAtOnceWhenARuleFindsTheEncouragement() throws Exception {
		MvcTestResult result = post("""
				{"text": "just kys already, nobody would care", "authorRole": "volunteer", "volunteerId": "%s",
				 "source": "discord", "messageRef": "msg-model-2"}""".formatted(volunteer.id()));

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.action")
			.isEqualTo("suspend_and_open_critical_case");
		assertThat(result).bodyJson().extractingPath("$.findings[0].tier").isEqualTo("rules");
		UUID flag = flagId(result);

		CaseFile file = await().atMost(Duration.ofSeconds(20))
			.until(() -> caseFiledFor(flag), Optional::isPresent)
			.get();
		assertThat(file.theCase().severity().name()).isEqualTo("CRITICAL");
		assertThat(accessOf(volunteer)).isEqualTo(Access.SUSPENDED);
	}

	@Test
	void opensTheCareEscalationAtOnceForACrisisOnlyTheModelReads() throws Exception {
		String handle = "discord:" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
		MvcTestResult result = post("""
				{"text": "%s", "authorRole": "member", "memberHandle": "%s", "source": "discord",
				 "messageRef": "msg-model-3"}""".formatted(QUIET_CRISIS, handle));

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.action")
			.isEqualTo("share_crisis_resources_and_alert_swat");
		assertThat(result).bodyJson().extractingPath("$.findings[0].tier").isEqualTo("model");
		UUID flag = flagId(result);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("select count(*) from care_escalation where trigger_ref = :ref")
				.param("ref", "screening:" + flag)
				.query(Integer.class)
				.single()).isEqualTo(1));
		assertThat(jdbc.sql("select count(*) from conduct_report where screening_id = :id")
			.param("id", flag)
			.query(Integer.class)
			.single()).as("a member's own crisis is never a case about them").isZero();
	}

	private static float[] scores(Category category, float score) {
		float[] s = new float[Category.values().length];
		s[category.ordinal()] = score;
		return s;
	}

	private static UUID flagId(MvcTestResult result) throws Exception {
		return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.flagId"));
	}

	private Access accessOf(HearthUser person) {
		return accounts.find(person.id()).orElseThrow().access();
	}

	private Optional<CaseFile> caseFiledFor(UUID flag) {
		return jdbc.sql("select case_id from conduct_report where screening_id = :id and case_id is not null")
			.param("id", flag)
			.query(UUID.class)
			.optional()
			.map(id -> desk.caseFile(new CaseId(id)));
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
