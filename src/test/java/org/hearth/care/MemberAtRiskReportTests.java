package org.hearth.care;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.care.Escalations.EscalationSummary;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A volunteer's report that a member may be at risk, by the form and by the API: one that
 * names a plan, the means or a goodbye is critical and alerts staff at once as well as
 * the rung on duty; one that names none is high.
 */
@HearthTest
class MemberAtRiskReportTests {

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

	@Test
	void theReportFormAsksForAPlanTheMeansOrAGoodbye() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		assertThat(mvc.get().uri("/conduct/reports/new?category=MEMBER_AT_RISK").with(user(volunteer)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("did they speak of any of these?", "They spoke of a plan or a time",
					"They have the means at hand", "They said goodbye or are giving things away");
	}

	@Test
	void aReportNamingTheMeansAndAPlanIsCriticalAndAlertsStaffAtOnce() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		PeopleFixture.create(accounts, Role.STAFF);
		String handle = "discord:at-risk-" + UUID.randomUUID();

		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("category", "MEMBER_AT_RISK")
			.param("about", "MEMBER")
			.param("reference", handle)
			.param("whatHappened", "They said they have saved up pills and tonight is when.")
			.param("riskSigns", "PLAN", "MEANS")
			.param("safe", "true")
			.exchange()).hasStatus3xxRedirection();

		Escalation escalation = escalationAbout(handle);
		assertThat(escalation.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(escalation.summary()).contains("they have the means at hand", "they spoke of a plan or a time");
		// Staff are alerted at once whether someone is on duty (as critical) or not.
		assertThat(store.steps(escalation.id())).extracting(Escalations.Step::detail)
			.anySatisfy(detail -> assertThat(detail).startsWith("Staff alerted: "));
	}

	@Test
	void aReportNamingNoSignIsHigh() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String handle = "forum:at-risk-" + UUID.randomUUID();

		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("category", "MEMBER_AT_RISK")
			.param("about", "MEMBER")
			.param("reference", handle)
			.param("whatHappened", "They have seemed very low all week.")
			.param("safe", "true")
			.exchange()).hasStatus3xxRedirection();

		Escalation escalation = escalationAbout(handle);
		assertThat(escalation.severity()).isEqualTo(Severity.HIGH);
		assertThat(escalation.summary()).isEqualTo("They have seemed very low all week.");
		assertThat(store.steps(escalation.id())).extracting(Escalations.Step::kind).doesNotContain("CRITICAL");
	}

	@Test
	void aReportByTheApiNamingAGoodbyeIsCritical() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String token = tokens.create(volunteer.id(), "reports");
		String handle = "discord:api-at-risk-" + UUID.randomUUID();

		assertThat(mvc.post()
			.uri("/api/v1/conduct/reports")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"about": "MEMBER", "reference": "%s", "category": "MEMBER_AT_RISK",
					 "whatHappened": "They posted that they are giving their things away.",
					 "reporterSafe": true, "riskSigns": ["GOODBYE"]}""".formatted(handle))
			.exchange()).hasStatus(201);

		Escalation escalation = escalationAbout(handle);
		assertThat(escalation.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(escalation.summary()).contains("they said goodbye or are giving things away");
	}

	@Test
	void aReportOfAMemberOnAPlatformHearthDoesNotKnowIsRefusedBesideThePlatformOnTheFormAndInTheApi() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String token = tokens.create(volunteer.id(), "reports");
		String handle = "elsewhere-" + UUID.randomUUID();

		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("category", "MEMBER_AT_RISK")
			.param("about", "MEMBER")
			.param("reference", handle)
			.param("platform", "myspace")
			.param("whatHappened", "They have seemed very low all week.")
			.param("safe", "true")
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"platform-error\"", "discord, forum, or other", "<option value=\"other\"", handle);
		assertThat(mvc.post()
			.uri("/api/v1/conduct/reports")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"about": "MEMBER", "reference": "%s", "platform": "myspace", "category": "MEMBER_AT_RISK",
					 "whatHappened": "They have seemed very low all week.", "reporterSafe": true}""".formatted(handle))
			.exchange()).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors.platform")
			.asString()
			.contains("discord, forum, or other");
		assertThat(escalations.recent()).noneMatch(line -> line.member().contains(handle));
	}

	@Test
	void aReportOfAMemberSomewhereElseStillOpensTheEscalation() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String handle = "elsewhere-" + UUID.randomUUID();

		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("category", "MEMBER_AT_RISK")
			.param("about", "MEMBER")
			.param("reference", handle)
			.param("platform", "other")
			.param("whatHappened", "A member I know from the forum wrote to me elsewhere that they want to die.")
			.param("safe", "true")
			.exchange()).hasStatus3xxRedirection();

		assertThat(escalationAbout("other:" + handle).severity()).isEqualTo(Severity.HIGH);
	}

	private Escalation escalationAbout(String handle) {
		await().atMost(Duration.ofSeconds(20)).until(() -> find(handle).isPresent());
		return store.find(find(handle).orElseThrow().id()).orElseThrow();
	}

	private Optional<EscalationSummary> find(String handle) {
		return escalations.recent().stream().filter(line -> line.member().equals(handle)).findFirst();
	}

}
