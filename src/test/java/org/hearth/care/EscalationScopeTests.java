package org.hearth.care;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.hearth.HearthTest;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.screening.Severity;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may see and act on one escalation, person by person, on the pages and through the
 * API: staff and admins, the SWAT Facilitator it alerted, a lead on duty now, and the
 * lead of the volunteer who raised it see it and act; a lead who is none of these is
 * answered exactly as for an escalation that does not exist, in the list too, and the
 * escalation stays as it was; a lead who raised it sees it and is refused acting with who
 * may; a volunteer is refused at the door.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationScopeTests {

	/** Everyone the table covers. */
	enum Who {

		VOLUNTEER(false), LEAD_OFF_THE_LADDER(false), ALERTED_FACILITATOR(true), LEAD_ON_DUTY_NOW(true),
		LEAD_OF_THE_RAISING_VOLUNTEER(true), STAFF(true), ADMIN(true);

		final boolean mayAct;

		Who(boolean mayAct) {
			this.mayAct = mayAct;
		}

	}

	static final String REFUSAL = "Only the people this alert is for act on it";

	static final String NOT_FOUND = "There is no escalation here for you to see";

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

	@Autowired
	DutyRota rota;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	private final Map<Who, HearthUser> people = new EnumMap<>(Who.class);

	private final Map<Who, String> apiTokens = new EnumMap<>(Who.class);

	private HearthUser raisingVolunteer;

	@BeforeAll
	void onePersonEach() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		raisingVolunteer = serving.volunteer();
		people.put(Who.VOLUNTEER, PeopleFixture.create(accounts, Role.VOLUNTEER));
		people.put(Who.LEAD_OFF_THE_LADDER, PeopleFixture.create(accounts, Role.LEAD));
		people.put(Who.ALERTED_FACILITATOR, CareFixture.swatFacilitator(accounts));
		people.put(Who.LEAD_ON_DUTY_NOW, PeopleFixture.create(accounts, Role.LEAD));
		people.put(Who.LEAD_OF_THE_RAISING_VOLUNTEER, serving.lead);
		people.put(Who.STAFF, PeopleFixture.create(accounts, Role.STAFF));
		people.put(Who.ADMIN, PeopleFixture.create(accounts, Role.ADMIN));
		people.forEach((who, person) -> apiTokens.put(who, tokens.create(person.id(), "escalation scope")));
		rota.addChange(people.get(Who.LEAD_ON_DUTY_NOW), Instant.now().minus(Duration.ofMinutes(1)),
				Instant.now().plus(Duration.ofHours(1)), true, "scope test");
	}

	@AfterAll
	void offDutyAgain() {
		HearthUser lead = people.get(Who.LEAD_ON_DUTY_NOW);
		rota.rotaOf(lead.id()).changes().forEach(change -> rota.removeChange(lead, change.id()));
	}

	@ParameterizedTest(name = "acknowledging on the page as {0}")
	@EnumSource(Who.class)
	void acknowledgesOnThePageOnlyFromTheLadder(Who who) {
		EscalationId id = escalationAlertingTheFacilitator();

		MvcTestResult result = mvc.post()
			.uri("/care/escalations/" + id.value() + "/acknowledge")
			.with(csrf())
			.with(user(people.get(who)))
			.param("version", String.valueOf(store.find(id).orElseThrow().version()))
			.exchange();

		Escalation after = store.find(id).orElseThrow();
		if (who == Who.VOLUNTEER) {
			assertThat(result).hasStatus(403);
		}
		else if (who.mayAct) {
			assertThat(result).hasStatus3xxRedirection().flash().containsKey("notice");
			assertThat(after.acknowledgedBy()).isEqualTo(people.get(who).id());
		}
		else {
			assertThat(result).hasStatus(404).bodyText().contains(NOT_FOUND).doesNotContain(REFUSAL);
		}
		if (!who.mayAct) {
			assertThat(after.status()).isEqualTo(Escalation.Status.OPEN);
			assertThat(after.acknowledgedBy()).isNull();
		}
	}

	@ParameterizedTest(name = "recording the outcome on the page as {0}")
	@EnumSource(value = Who.class, names = "VOLUNTEER", mode = EnumSource.Mode.EXCLUDE)
	void recordsTheOutcomeOnThePageOnlyFromTheLadder(Who who) {
		EscalationId id = escalationAlertingTheFacilitator();

		MvcTestResult result = mvc.post()
			.uri("/care/escalations/" + id.value() + "/outcome")
			.with(csrf())
			.with(user(people.get(who)))
			.param("version", String.valueOf(store.find(id).orElseThrow().version()))
			.param("outcome", "RESOURCES_SHARED")
			.param("note", "Talked with them.")
			.exchange();

		Escalation after = store.find(id).orElseThrow();
		if (who.mayAct) {
			assertThat(result).hasStatus3xxRedirection();
			assertThat(after.status()).isEqualTo(Escalation.Status.CLOSED);
		}
		else {
			assertThat(result).hasStatus(404).bodyText().contains(NOT_FOUND).doesNotContain("Record the outcome");
			assertThat(after.status()).isEqualTo(Escalation.Status.OPEN);
		}
	}

	Stream<Arguments> everyoneThroughTheApi() {
		var cases = new ArrayList<Arguments>();
		for (Who who : Who.values()) {
			cases.add(Arguments.of(who, "acknowledge"));
			cases.add(Arguments.of(who, "outcome"));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} through the API as {0}")
	@MethodSource("everyoneThroughTheApi")
	void actsThroughTheApiOnlyFromTheLadder(Who who, String action) {
		EscalationId id = escalationAlertingTheFacilitator();
		long version = store.find(id).orElseThrow().version();
		var request = mvc.post().header("Authorization", "Bearer " + apiTokens.get(who));
		var sent = action.equals("acknowledge")
				? request.uri("/api/v1/care/escalations/" + id.value() + "/acknowledge?version=" + version)
				: request.uri("/api/v1/care/escalations/" + id.value() + "/outcome")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": " + version + ", \"outcome\": \"HANDED_TO_PROFESSIONALS\"}");

		MvcTestResult result = sent.exchange();

		Escalation after = store.find(id).orElseThrow();
		if (who.mayAct) {
			assertThat(result).hasStatusOk();
			assertThat(after.status()).isNotEqualTo(Escalation.Status.OPEN);
		}
		else if (who == Who.VOLUNTEER) {
			assertThat(result).hasStatus(403);
			assertThat(after.status()).isEqualTo(Escalation.Status.OPEN);
		}
		else {
			assertThat(result).hasStatus(404).bodyText().contains(NOT_FOUND).doesNotContain(REFUSAL);
			assertThat(after.status()).isEqualTo(Escalation.Status.OPEN);
		}
	}

	@ParameterizedTest(name = "the page as {0}")
	@EnumSource(value = Who.class, names = "VOLUNTEER", mode = EnumSource.Mode.EXCLUDE)
	void showsTheEscalationWithItsButtonsOnlyToThoseWhoMayAct(Who who) {
		EscalationId id = escalationAlertingTheFacilitator();

		MvcTestResult result = mvc.get().uri("/care/escalations/" + id.value()).with(user(people.get(who))).exchange();

		if (who.mayAct) {
			assertThat(result).hasStatusOk()
				.bodyText()
				.contains("I have it", "Record the outcome", "They said goodbye to the server.")
				.doesNotContain(REFUSAL);
		}
		else {
			assertThat(result).hasStatus(404)
				.bodyText()
				.contains(NOT_FOUND)
				.doesNotContain("They said goodbye to the server.", "I have it");
		}
	}

	@ParameterizedTest(name = "the list as {0}")
	@EnumSource(value = Who.class, names = "VOLUNTEER", mode = EnumSource.Mode.EXCLUDE)
	void listsTheEscalationOnlyToThoseWhoMaySeeIt(Who who) {
		EscalationId id = escalationAlertingTheFacilitator();

		var list = assertThat(mvc.get().uri("/care/escalations").with(user(people.get(who))).exchange()).hasStatusOk()
			.bodyText();

		if (who.mayAct) {
			list.contains("/care/escalations/" + id.value());
		}
		else {
			list.doesNotContain("/care/escalations/" + id.value());
		}
	}

	@ParameterizedTest(name = "reading through the API as {0}")
	@EnumSource(Who.class)
	void readsOneEscalationThroughTheApiWithItsLadderOnlyWhenItIsTheirs(Who who) {
		EscalationId id = escalationAlertingTheFacilitator();

		MvcTestResult result = mvc.get()
			.uri("/api/v1/care/escalations/" + id.value())
			.header("Authorization", "Bearer " + apiTokens.get(who))
			.exchange();

		if (who == Who.VOLUNTEER) {
			assertThat(result).hasStatus(403);
		}
		else if (who.mayAct) {
			assertThat(result).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(id.value().toString());
			assertThat(result).bodyJson().extractingPath("$.mayAct").isEqualTo(true);
			assertThat(result).bodyJson().extractingPath("$.member.platform").isEqualTo("discord");
			assertThat(result).bodyJson().extractingPath("$.ladder[0].kind").isEqualTo("OPENED");
			assertThat(result).bodyJson().extractingPath("$.replies[0].text").asString().contains("we care about you");
		}
		else {
			assertThat(result).hasStatus(404).bodyJson().extractingPath("$.detail").asString().startsWith(NOT_FOUND);
		}
	}

	@Test
	void answersAnEscalationSomeoneMayNotSeeExactlyAsOneThatDoesNotExist() throws Exception {
		EscalationId id = escalationAlertingTheFacilitator();
		HearthUser outsider = people.get(Who.LEAD_OFF_THE_LADDER);
		String token = apiTokens.get(Who.LEAD_OFF_THE_LADDER);

		MvcTestResult hidden = mvc.get()
			.uri("/api/v1/care/escalations/" + id.value())
			.header("Authorization", "Bearer " + token)
			.exchange();
		MvcTestResult missing = mvc.get()
			.uri("/api/v1/care/escalations/" + UUID.randomUUID())
			.header("Authorization", "Bearer " + token)
			.exchange();
		MvcTestResult hiddenPage = mvc.get().uri("/care/escalations/" + id.value()).with(user(outsider)).exchange();
		MvcTestResult missingPage = mvc.get()
			.uri("/care/escalations/" + UUID.randomUUID())
			.with(user(outsider))
			.exchange();

		assertThat(hidden.getResponse().getStatus()).isEqualTo(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(hidden).bodyText()
			.isEqualTo(missing.getResponse()
				.getContentAsString()
				.replace(missing.getRequest().getRequestURI(), hidden.getRequest().getRequestURI()));
		assertThat(hiddenPage.getResponse().getStatus()).isEqualTo(missingPage.getResponse().getStatus())
			.isEqualTo(404);
		assertThat(hiddenPage).bodyText().contains(NOT_FOUND);
		assertThat(missingPage).bodyText().contains(NOT_FOUND);
	}

	@Test
	void aLeadOnDutySeesAnEscalationWhileItIsOpenAndTheFacilitatorItAlertedAfterwardsToo() {
		EscalationId id = escalationAlertingTheFacilitator();
		escalations.recordOutcome(id, store.find(id).orElseThrow().version(), Escalation.Outcome.RESOURCES_SHARED,
				"Shared the lines.", people.get(Who.STAFF));

		assertThat(mvc.get()
			.uri("/care/escalations/" + id.value())
			.with(user(people.get(Who.LEAD_ON_DUTY_NOW)))
			.exchange()).hasStatus(404);
		assertThat(mvc.get()
			.uri("/care/escalations/" + id.value())
			.with(user(people.get(Who.ALERTED_FACILITATOR)))
			.exchange()).hasStatusOk().bodyText().contains("Crisis resources shared");
	}

	@Test
	void aLeadWhoRaisedItSeesItAndIsToldWhoMayActWhenTheyTry() {
		HearthUser raisingLead = PeopleFixture.create(accounts, Role.LEAD);
		EscalationId id = escalations.open(new NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("discord", "raised-" + UUID.randomUUID()), raisingLead.id(),
				"They wrote a goodbye in the lounge.", null, Severity.HIGH));
		assertThat(mvc.get().uri("/care/escalations/" + id.value()).with(user(raisingLead)).exchange()).hasStatusOk()
			.bodyText()
			.contains("They wrote a goodbye in the lounge.", REFUSAL)
			.doesNotContain("I have it");

		MvcTestResult refused = mvc.post()
			.uri("/care/escalations/" + id.value() + "/acknowledge")
			.with(csrf())
			.with(user(raisingLead))
			.param("version", String.valueOf(store.find(id).orElseThrow().version()))
			.exchange();

		assertThat(refused).hasStatus3xxRedirection().flash().doesNotContainKey("notice");
		assertThat((String) refused.getMvcResult().getFlashMap().get("problem")).startsWith(REFUSAL)
			.contains("ask staff to bring you in");
		assertThat(store.find(id).orElseThrow().status()).isEqualTo(Escalation.Status.OPEN);
	}

	/**
	 * An escalation raised by the serving volunteer while the facilitator was on duty: it
	 * alerts the facilitator (no longer on duty afterwards) and the volunteer's lead.
	 */
	private EscalationId escalationAlertingTheFacilitator() {
		HearthUser facilitator = people.get(Who.ALERTED_FACILITATOR);
		rota.addChange(facilitator, Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofHours(1)),
				true, "scope test");
		try {
			return escalations.open(new NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
					Member.parse("discord", "scope-" + UUID.randomUUID()), raisingVolunteer.id(),
					"They said goodbye to the server.", null, Severity.HIGH));
		}
		finally {
			rota.rotaOf(facilitator.id()).changes().forEach(change -> rota.removeChange(facilitator, change.id()));
		}
	}

}
