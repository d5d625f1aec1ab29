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
import org.hearth.programs.ProgramCatalog;
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
 * Who may act on one escalation, person by person, on the pages and through the API:
 * staff and admins, the SWAT Facilitator it alerted, a lead on duty now, and the lead of
 * the volunteer who raised it act; a lead who is none of these is refused with who may
 * act and what to do, and the escalation stays as it was; a volunteer is refused at the
 * door.
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
	ProgramCatalog catalog;

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
			assertThat(result).hasStatus3xxRedirection().flash().doesNotContainKey("notice");
			assertThat((String) result.getMvcResult().getFlashMap().get("problem")).startsWith(REFUSAL)
				.contains("ask staff to bring you in");
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
			assertThat(result).hasStatusOk().bodyText().contains(REFUSAL).doesNotContain("Record the outcome");
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
		else {
			assertThat(result).hasStatus(403);
			if (who != Who.VOLUNTEER) {
				assertThat(result).bodyText().contains(REFUSAL);
			}
			assertThat(after.status()).isEqualTo(Escalation.Status.OPEN);
		}
	}

	@ParameterizedTest(name = "the page as {0}")
	@EnumSource(value = Who.class, names = "VOLUNTEER", mode = EnumSource.Mode.EXCLUDE)
	void showsTheButtonsOnlyToThoseWhoMayAct(Who who) {
		EscalationId id = escalationAlertingTheFacilitator();

		var page = assertThat(mvc.get().uri("/care/escalations/" + id.value()).with(user(people.get(who))).exchange())
			.hasStatusOk()
			.bodyText();

		if (who.mayAct) {
			page.contains("I have it", "Record the outcome").doesNotContain(REFUSAL);
		}
		else {
			page.contains(REFUSAL).doesNotContain("I have it", "Record the outcome");
		}
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
