package org.hearth.conduct;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hearth.TestMail;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.WordingCheck;
import org.hearth.screening.WordingCheck.WordingConcern;
import org.hearth.volunteering.Volunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who reaches which page and endpoint of the desk, and the row-level rules behind them.
 */
@ConductTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConductWebIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Reports reports;

	@Autowired
	ConductDesk desk;

	@Autowired
	FeedbackDesk feedbackDesk;

	@Autowired
	CaseStore cases;

	@Autowired
	AuditLog audit;

	@Autowired
	Volunteers volunteers;

	@Autowired
	WordingCheck wording;

	HearthUser applicant;

	HearthUser volunteer;

	HearthUser lead;

	HearthUser staff;

	HearthUser admin;

	ConductCase theCase;

	@BeforeAll
	void people() {
		applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		lead = PeopleFixture.create(accounts, Role.LEAD);
		staff = PeopleFixture.create(accounts, Role.STAFF);
		admin = PeopleFixture.create(accounts, Role.ADMIN);
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		reports.file(ConductFlowIntegrationTests.harassment(subject.id()), volunteer);
		theCase = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();
	}

	Stream<Arguments> matrix() {
		String caseId = theCase.id().value().toString();
		return Stream.of(
				// pages
				row("GET", "/conduct/reports/new", null, 302), row("GET", "/conduct/reports/new", "APPLICANT", 200),
				row("GET", "/conduct/reports", "VOLUNTEER", 200), row("GET", "/conduct/my", "APPLICANT", 403),
				row("GET", "/conduct/my", "VOLUNTEER", 200), row("GET", "/lead/conduct/debriefs", "VOLUNTEER", 403),
				row("GET", "/lead/conduct/debriefs", "LEAD", 200), row("GET", "/lead/conduct/debriefs", "STAFF", 200),
				row("GET", "/lead/conduct/feedback/new", "VOLUNTEER", 403),
				row("GET", "/lead/conduct/feedback/new", "LEAD", 200), row("GET", "/staff/conduct", "VOLUNTEER", 403),
				row("GET", "/staff/conduct", "LEAD", 403), row("GET", "/staff/conduct", "STAFF", 200),
				row("GET", "/staff/conduct", "ADMIN", 200), row("GET", "/staff/conduct/cases/" + caseId, "LEAD", 403),
				row("GET", "/staff/conduct/cases/" + caseId, "STAFF", 200),
				// the link in a decision's e-mail to a volunteer who cannot sign in
				row("GET", "/conduct/replies/no-such-link", null, 200), row("GET", "/conduct/replies/sent", null, 200),
				row("POST", "/conduct/replies/no-such-link", null, 200),
				row("GET", "/conduct/replies/no-such-link/more", null, 302),
				// API
				row("GET", "/api/v1/conduct/reports", null, 401),
				row("GET", "/api/v1/conduct/reports", "APPLICANT", 200),
				row("GET", "/api/v1/conduct/decisions", "APPLICANT", 403),
				row("GET", "/api/v1/conduct/decisions", "VOLUNTEER", 200),
				row("GET", "/api/v1/conduct/feedback", "VOLUNTEER", 200),
				row("GET", "/api/v1/lead/conduct/debriefs", "VOLUNTEER", 403),
				row("GET", "/api/v1/lead/conduct/debriefs", "LEAD", 200),
				row("GET", "/api/v1/lead/conduct/feedback", "LEAD", 200),
				row("GET", "/api/v1/staff/conduct/cases", "LEAD", 403),
				row("GET", "/api/v1/staff/conduct/cases", "STAFF", 200),
				row("GET", "/api/v1/staff/conduct/cases/" + caseId, "VOLUNTEER", 403),
				row("GET", "/api/v1/staff/conduct/cases/" + caseId, "STAFF", 200),
				row("POST", "/api/v1/staff/conduct/cases/" + caseId + "/decisions", "LEAD", 403),
				row("POST", "/api/v1/staff/conduct/cases/" + caseId + "/suspension-lifting", "LEAD", 403));
	}

	static Arguments row(String method, String path, String role, int status) {
		return Arguments.of(method, path, role, status);
	}

	@ParameterizedTest(name = "{2} {0} {1} → {3}")
	@MethodSource("matrix")
	void letsEachRoleReachOnlyItsPartOfTheDesk(String method, String path, String role, int status) {
		var request = mvc.method(HttpMethod.valueOf(method)).uri(path).with(csrf());
		if (method.equals("POST")) {
			request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (role != null) {
			request = request.with(user(as(Role.valueOf(role))));
		}
		assertThat(request.exchange()).hasStatus(status);
	}

	@Test
	void showsAReportOnlyToItsReporter() {
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		ReportStatus status = reports.file(ConductFlowIntegrationTests.harassment(subject.id()), volunteer);
		String path = "/api/v1/conduct/reports/" + status.id().value();

		assertThat(mvc.get().uri(path).with(user(volunteer))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("Received");
		assertThat(mvc.get().uri(path).with(user(staff))).hasStatus(404);
		assertThat(mvc.get().uri("/conduct/reports/" + status.id().value()).with(user(lead))).hasStatus(404);
	}

	@Test
	void neverShowsTheReporterToTheVolunteerUnlessTheyAllowedIt() throws Exception {
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser anonymous = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser named = PeopleFixture.create(accounts, Role.VOLUNTEER);
		reports.file(ConductFlowIntegrationTests.harassment(subject.id()), anonymous);
		reports.file(new NewReport(Subject.volunteer(subject.id()), ReportCategory.SHAMING, "Mocked a member.", null,
				null, null, true, true), named);
		ConductCase c = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();
		desk.decide(c.id(), c.version(), Outcome.FEEDBACK, "Support was short with members twice this week.", staff);

		MvcTestResult result = mvc.get().uri("/api/v1/conduct/decisions").with(user(subject)).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains(named.displayName(), "Someone who asked not to be named", "Support was short")
			.doesNotContain(anonymous.displayName(), anonymous.email());
	}

	@Test
	void letsALeadSeeTheirOwnVolunteersDebriefsAndNoOneElses() {
		HearthUser mine = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser notMine = PeopleFixture.create(accounts, Role.VOLUNTEER);
		given(volunteers.leadFor(mine.id())).willReturn(Optional.of(lead.id()));
		given(volunteers.leads(lead.id(), mine.id())).willReturn(true);
		given(volunteers.ledBy(lead.id())).willReturn(List.of(mine.id()));
		reports.file(distress("After a long night on shift I feel drained."), mine);
		reports.file(distress("Someone else's hard conversation."), notMine);
		var own = debriefOf(mine);
		var other = debriefOf(notMine);

		assertThat(mvc.get().uri("/api/v1/lead/conduct/debriefs").with(user(lead))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].volunteerName")
			.asArray()
			.containsExactly(mine.displayName());
		assertThat(mvc.get().uri("/lead/conduct/debriefs/" + own.id().value()).with(user(lead))).hasStatusOk();
		assertThat(mvc.get().uri("/lead/conduct/debriefs/" + other.id().value()).with(user(lead))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/lead/conduct/debriefs/" + other.id().value()).with(user(staff)))
			.hasStatusOk();
	}

	@Test
	void recordsEveryReadingOfACaseByStaffInTheAuditLog() {
		assertThat(mvc.get().uri("/staff/conduct/cases/" + theCase.id().value()).with(user(staff))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/staff/conduct/cases/" + theCase.id().value()).with(user(admin)))
			.hasStatusOk();

		assertThat(audit
			.find(new AuditQuery(null, "conduct.case-read", "conduct-case", theCase.id().toString(), null, null), 50))
			.extracting(entry -> entry.actor())
			.contains(staff.email(), admin.email());
	}

	@Test
	void filtersTheQueueWithAnHtmxFragment() {
		MvcTestResult result = mvc.get()
			.uri("/staff/conduct?status=UNREVIEWED&severity=HIGH")
			.header("HX-Request", "true")
			.with(user(staff))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("#" + theCase.reference()).doesNotContain("<html");
		assertThat(mvc.get().uri("/staff/conduct?severity=CRITICAL").header("HX-Request", "true").with(user(staff)))
			.bodyText()
			.doesNotContain("#" + theCase.reference() + " ");
	}

	@Test
	void refusesADecisionFromAStaleVersionWithConflict() {
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		reports.file(ConductFlowIntegrationTests.harassment(subject.id()), volunteer);
		ConductCase c = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();
		desk.assignToMe(c.id(), c.version(), staff);

		assertThat(mvc.post()
			.uri("/api/v1/staff/conduct/cases/" + c.id().value() + "/decisions")
			.with(user(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "outcome": "WARNING", "rationale": "Harsh words to a member, a formal warning."}"""
				.formatted(c.version())))
			.hasStatus(409);
	}

	@Test
	void showsShamingWordingBackToItsWriterBeforeSendingFeedback() {
		HearthUser mine = PeopleFixture.create(accounts, Role.VOLUNTEER);
		given(volunteers.leads(lead.id(), mine.id())).willReturn(true);
		given(wording.concerns(any())).willReturn(List
			.of(new WordingConcern("SHAMING", 9, 18, "Calling someone pathetic shames them rather than helps.")));
		String body = """
				{"volunteer": "%s", "text": "You were pathetic with that member.", "sendAsWritten": %s}""";

		assertThat(mvc.post()
			.uri("/api/v1/lead/conduct/feedback")
			.with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(mine.id(), false))).hasStatus(422)
			.bodyJson()
			.extractingPath("$.concerns[0].reason")
			.isEqualTo("Calling someone pathetic shames them rather than helps.");
		assertThat(mvc.get().uri("/api/v1/conduct/feedback").with(user(mine))).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();

		assertThat(mvc.post()
			.uri("/api/v1/lead/conduct/feedback")
			.with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(mine.id(), true))).hasStatus(201);
		assertThat(mvc.get().uri("/api/v1/conduct/feedback").with(user(mine))).bodyJson()
			.extractingPath("$[0].sentDespiteConcerns")
			.asString()
			.contains("SHAMING");
	}

	@Test
	void checksADecisionsRationaleForShamingAsFeedbackIsChecked() {
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		reports.file(ConductFlowIntegrationTests.harassment(subject.id()), volunteer);
		ConductCase open = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();
		given(wording.concerns(any())).willReturn(List
			.of(new WordingConcern("SHAMING", 5, 21, "Calling someone pathetic shames them rather than helps.")));

		assertThat(decide(open, "Ben, you are pathetic and should be ashamed.", false)).hasStatusOk()
			.bodyText()
			.contains("id=\"rationale-error\"", "Calling someone pathetic shames them rather than helps.",
					"Record it as written");
		assertThat(cases.find(open.id()).orElseThrow().decisions()).isEmpty();

		assertThat(decide(open, "Ben, you are pathetic and should be ashamed.", true)).hasStatus3xxRedirection();
		assertThat(cases.find(open.id()).orElseThrow().decisions()).singleElement()
			.extracting(Decision::outcome)
			.isEqualTo(Outcome.WARNING);
		assertThat(cases.entries(open.id())).extracting(CaseEntry::text)
			.anySatisfy(text -> assertThat(text).startsWith("Rationale recorded as written despite wording concerns")
				.contains("SHAMING"));
	}

	@Test
	void showsStaffFeedbackThatWasSentOverAWordingWarning() {
		HearthUser mine = PeopleFixture.create(accounts, Role.VOLUNTEER);
		given(volunteers.leads(lead.id(), mine.id())).willReturn(true);
		given(wording.concerns(any())).willReturn(
				List.of(new WordingConcern("HARASSMENT", 0, 6, "This reads as an insult aimed at the volunteer.")));
		feedbackDesk.give(lead, mine.id(), "Idiot, read the guide.", true);

		assertThat(mvc.get().uri("/lead/conduct/feedback").with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("Idiot, read the guide.", "Sent as written over a wording warning",
					"This reads as an insult aimed at the volunteer.");
	}

	private MvcTestResult decide(ConductCase theCase, String rationale, boolean asWritten) {
		var request = mvc.post()
			.uri("/staff/conduct/cases/" + theCase.id().value() + "/decisions")
			.with(user(staff))
			.with(csrf())
			.param("version", String.valueOf(cases.find(theCase.id()).orElseThrow().version()))
			.param("outcome", "WARNING")
			.param("rationale", rationale);
		return (asWritten ? request.param("recordAsWritten", "true") : request).exchange();
	}

	@Test
	void showsTheConcernBesideTheFeedbackFormOnThePage() {
		HearthUser mine = PeopleFixture.create(accounts, Role.VOLUNTEER);
		given(volunteers.leads(lead.id(), mine.id())).willReturn(true);
		given(volunteers.ledBy(lead.id())).willReturn(List.of(mine.id()));
		given(wording.concerns(any())).willReturn(
				List.of(new WordingConcern("HARASSMENT", 0, 6, "This reads as an insult aimed at the volunteer.")));

		assertThat(mvc.post()
			.uri("/lead/conduct/feedback")
			.with(user(lead))
			.with(csrf())
			.param("volunteer", mine.id().toString())
			.param("text", "Idiot, read the guide.")).hasStatusOk()
			.bodyText()
			.contains("This reads as an insult aimed at the volunteer.", "Send it as written");
		assertThat(mvc.get().uri("/api/v1/conduct/feedback").with(user(mine))).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
	}

	@Test
	void refusesFeedbackFromALeadToSomeoneTheyDoNotLead() {
		HearthUser notMine = PeopleFixture.create(accounts, Role.VOLUNTEER);

		assertThat(mvc.post()
			.uri("/api/v1/lead/conduct/feedback")
			.with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"volunteer\": \"%s\", \"text\": \"Lovely work this week.\"}".formatted(notMine.id())))
			.hasStatus(422);
	}

	private Debriefs.DebriefView debriefOf(HearthUser volunteer) {
		return debriefsFor(volunteer).get(0);
	}

	@Autowired
	Debriefs debriefs;

	private List<Debriefs.DebriefView> debriefsFor(HearthUser volunteer) {
		return debriefs.requestedBy(volunteer.id());
	}

	private static NewReport distress(String what) {
		return new NewReport(null, ReportCategory.EMOTIONAL_DISTRESS, what, null, null, null, true, false);
	}

	private HearthUser as(Role role) {
		return switch (role) {
			case APPLICANT -> applicant;
			case VOLUNTEER -> volunteer;
			case LEAD -> lead;
			case STAFF -> staff;
			case ADMIN -> admin;
		};
	}

}
