package org.hearth.conduct;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.shared.RequestRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A volunteer who cannot sign in (suspended or removed) answers a decision about them
 * through the single-use, expiring link in its e-mail, under the same rules as on their
 * own page.
 */
@ConductTest
class ConductReplyLinkTests {

	static final String RATIONALE = "The message urged a member to end their life, which the Code never allows.";

	static final Pattern LINK = Pattern.compile("/conduct/replies/([A-Za-z0-9_-]{43})\\b");

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
	CaseStore cases;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void letsASuspendedVolunteerAppealOnceThroughTheLinkAndADifferentStaffMemberDecidesIt() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser sam = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser jo = PeopleFixture.create(accounts, Role.STAFF);
		reports.fileScreeningHit(ConductFlowIntegrationTests.selfHarmHit(volunteer.id()));
		assertThat(accessOf(volunteer.id())).isEqualTo(Access.SUSPENDED);
		// A report whose author allowed their name to be shown: the link page still
		// never shows who reported.
		reports.file(new NewReport(Subject.volunteer(volunteer.id()), ReportCategory.HARASSMENT,
				"They mocked a member in the support channel.", null, null, null, true, true), lead);
		ConductCase critical = openCase(volunteer.id()).orElseThrow();
		Decision decision = desk.decide(critical.id(), critical.version(), Outcome.SUSPENSION, RATIONALE, sam);

		String token = linkIn(mailTo(volunteer, "The outcome of a review"));

		MvcTestResult page = mvc.get().uri("/conduct/replies/" + token).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Suspension", RATIONALE, "Appeal the decision", "Respond to the decision")
			.doesNotContain(lead.email(), lead.displayName(), "Message screening", sam.displayName());

		assertThat(mvc.post()
			.uri("/conduct/replies/" + token)
			.with(csrf())
			.param("kind", "APPEAL")
			.param("text", "I was quoting the member back to them to ask if they were safe.")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/conduct/replies/sent?appeal=true");
		assertThat(mvc.get().uri("/conduct/replies/sent?appeal=true")).hasStatusOk()
			.bodyText()
			.contains("Your appeal is in", "A different staff member");

		ConductCase appealed = cases.find(critical.id()).orElseThrow();
		assertThat(appealed.status()).isEqualTo(CaseStatus.APPEALED);
		assertThat(appealed.replyTo(decision.id(), Reply.Kind.APPEAL)).get()
			.satisfies(appeal -> assertThat(appeal.by()).isEqualTo(volunteer.id()));
		assertThat(audit.find(new AuditQuery(null, "conduct.reply-by-link", "conduct-decision",
				decision.id().value().toString(), null, null), 10))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).contains("Appeal", volunteer.email()));

		assertThatThrownBy(() -> desk.decideAppeal(critical.id(), appealed.version(), Outcome.SUSPENSION,
				"Upheld after reading the appeal in full.", sam))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("different staff member");
		Decision onAppeal = desk.decideAppeal(critical.id(), appealed.version(), Outcome.FEEDBACK,
				"The quote was the member's own words; feedback on quoting with care.", jo);
		assertThat(onAppeal.onAppeal()).isTrue();
		assertThat(onAppeal.decidedBy()).isEqualTo(jo.id());
		assertThat(onAppeal.onAppealOf()).isEqualTo(decision.id());
	}

	@Test
	void worksOnlyOnce() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Decision decision = suspendAndDecide(volunteer, Outcome.PERMANENT_REMOVAL, staff);
		String token = linkIn(mailTo(volunteer, "The outcome of a review"));

		assertThat(mvc.post()
			.uri("/conduct/replies/" + token)
			.with(csrf())
			.param("kind", "RESPONSE")
			.param("text", "I understand, and I am sorry for the harm.")).hasRedirectedUrl("/conduct/replies/sent");

		assertThat(body(mvc.get().uri("/conduct/replies/" + token).exchange())).contains("This link no longer works")
			.doesNotContain(RATIONALE);
		MvcTestResult again = mvc.post()
			.uri("/conduct/replies/" + token)
			.with(csrf())
			.param("kind", "APPEAL")
			.param("text", "On second thoughts I appeal.")
			.exchange();
		assertThat(again).hasStatusOk();
		assertThat(body(again)).contains("This link no longer works", "reply to the e-mail");
		ConductCase after = cases.findByDecision(decision.id()).orElseThrow();
		assertThat(after.replyTo(decision.id(), Reply.Kind.RESPONSE)).isPresent();
		assertThat(after.replyTo(decision.id(), Reply.Kind.APPEAL)).isEmpty();
	}

	@Test
	void refusesAnExpiredOrUnknownLinkKindlyWithoutSayingWhich() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Decision decision = suspendAndDecide(volunteer, Outcome.PERMANENT_REMOVAL, staff);
		String token = linkIn(mailTo(volunteer, "The outcome of a review"));
		jdbc.sql("update conduct_reply_link set expires_at = now() - interval '1 day' where decision_id = :d")
			.param("d", decision.id().value())
			.update();

		MvcTestResult expired = mvc.get().uri("/conduct/replies/" + token).exchange();
		MvcTestResult unknown = mvc.get().uri("/conduct/replies/" + "x".repeat(43)).exchange();
		MvcTestResult posted = mvc.post()
			.uri("/conduct/replies/" + token)
			.with(csrf())
			.param("kind", "APPEAL")
			.param("text", "Please look again.")
			.exchange();

		for (MvcTestResult result : List.of(expired, unknown, posted)) {
			assertThat(result).hasStatusOk();
			assertThat(body(result)).contains("This link no longer works", "reply to the e-mail")
				.doesNotContain(RATIONALE, "expired", "already used", "Exception");
		}
		assertThat(cases.findByDecision(decision.id()).orElseThrow().replies()).isEmpty();
	}

	@Test
	void showsAMissingReplyBesideItsFieldAndKeepsTheLinkUsable() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		suspendAndDecide(volunteer, Outcome.SUSPENSION, staff);
		String token = linkIn(mailTo(volunteer, "The outcome of a review"));

		MvcTestResult result = mvc.post()
			.uri("/conduct/replies/" + token)
			.with(csrf())
			.param("kind", "RESPONSE")
			.param("text", " ")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Write a few words so staff understand your view.", "id=\"text-error\"",
				RATIONALE);
		assertThat(body(mvc.get().uri("/conduct/replies/" + token).exchange())).contains(RATIONALE);
	}

	@Test
	void refusesAnAppealTheRulesDoNotAllowBesideTheTextAndKeepsTheLink() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser sam = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser jo = PeopleFixture.create(accounts, Role.STAFF);
		Decision decision = suspendAndDecide(volunteer, Outcome.SUSPENSION, sam);
		String first = linkIn(mailTo(volunteer, "The outcome of a review"));
		mvc.post()
			.uri("/conduct/replies/" + first)
			.with(csrf())
			.param("kind", "APPEAL")
			.param("text", "Please look again at the quote.")
			.exchange();
		ConductCase appealed = cases.findByDecision(decision.id()).orElseThrow();
		desk.decideAppeal(appealed.id(), appealed.version(), Outcome.SUSPENSION,
				"Upheld: the message was not a quote, it was the volunteer's own advice.", jo);
		String onAppeal = linkIn(mailTo(volunteer, "The decision on your appeal"));

		assertThat(body(mvc.get().uri("/conduct/replies/" + onAppeal).exchange())).contains("On your appeal")
			.doesNotContain("Appeal the decision");
		MvcTestResult refused = mvc.post()
			.uri("/conduct/replies/" + onAppeal)
			.with(csrf())
			.param("kind", "APPEAL")
			.param("text", "I appeal again.")
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(body(refused)).contains("This decision was made on your appeal and is final.", "id=\"text-error\"");
		assertThat(mvc.post()
			.uri("/conduct/replies/" + onAppeal)
			.with(csrf())
			.param("kind", "RESPONSE")
			.param("text", "Thank you for looking again.")).hasRedirectedUrl("/conduct/replies/sent");
	}

	@Test
	void keepsTheLinkOutOfAnActiveVolunteersEmail() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		reports.file(ConductFlowIntegrationTests.harassment(volunteer.id()), reporter);
		ConductCase c = openCase(volunteer.id()).orElseThrow();
		Decision decision = desk.decide(c.id(), c.version(), Outcome.WARNING,
				"A harsh reply to a member asking for help; a formal warning.", staff);

		String text = TestMail.text(mailTo(volunteer, "The outcome of a review"));

		assertThat(accessOf(volunteer.id())).isEqualTo(Access.ACTIVE);
		assertThat(text).contains("/conduct/my#decision-" + decision.id().value(), "appeal it once")
			.doesNotContain("/conduct/replies/", "without signing in", "can no longer sign in");
		assertThat(mvc.get().uri("/conduct/my").with(user(volunteer))).bodyText()
			.contains("id=\"decision-" + decision.id().value() + "\"");
		assertThat(jdbc.sql("select count(*) from conduct_reply_link where decision_id = :d")
			.param("d", decision.id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	private Decision suspendAndDecide(HearthUser volunteer, Outcome outcome, HearthUser staff) {
		reports.fileScreeningHit(ConductFlowIntegrationTests.selfHarmHit(volunteer.id()));
		ConductCase critical = openCase(volunteer.id()).orElseThrow();
		return desk.decide(critical.id(), critical.version(), outcome, RATIONALE, staff);
	}

	private MimeMessage mailTo(HearthUser person, String subject) {
		await().until(() -> TestMail.to(mail, person.email())
			.stream()
			.anyMatch(message -> subjectOf(message).startsWith(subject)));
		return TestMail.to(mail, person.email())
			.stream()
			.filter(message -> subjectOf(message).startsWith(subject))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String linkIn(MimeMessage message) {
		String text = TestMail.text(message);
		assertThat(text).contains("without signing in", "works once");
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a reply link in:%n%s", text).isTrue();
		return matcher.group(1);
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Optional<ConductCase> openCase(PersonId volunteer) {
		return cases.findOpen(Subject.volunteer(volunteer));
	}

	private Access accessOf(PersonId person) {
		return accounts.find(person).orElseThrow().access();
	}

}
