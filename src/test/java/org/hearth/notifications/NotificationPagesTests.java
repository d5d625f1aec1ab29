package org.hearth.notifications;

import java.util.EnumMap;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.hearth.HearthTest;
import org.hearth.StatementCounter;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The bell, the list, marking read and the preferences, as each role sees them: every
 * person reaches their own notifications and nobody else's, whatever their role.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	final Map<Role, HearthUser> people = new EnumMap<>(Role.class);

	HearthUser volunteer;

	@BeforeAll
	void createPeople() {
		for (Role role : Role.values()) {
			people.put(role, PeopleFixture.create(accounts, role));
		}
		volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
	}

	@Test
	void sendsABellWhoseSessionEndedToTheSignInPageWholeAndNeverBackToTheBell() {
		HearthUser me = PeopleFixture.create(accounts, Role.VOLUNTEER);

		MvcTestResult bell = mvc.get().uri("/notifications/bell").header("HX-Request", "true").exchange();
		assertThat(bell).hasStatus(401).headers().hasValue("HX-Redirect", "/sign-in");
		assertThat(signIn(me, bell.getResponse().getCookie("SESSION"))).as("not back to the bare bell")
			.redirectedUrl()
			.isEqualTo("/");

		MvcTestResult page = mvc.get().uri("/notifications").exchange();
		assertThat(page).hasStatus(302).redirectedUrl().endsWith("/sign-in");
		assertThat(signIn(me, page.getResponse().getCookie("SESSION"))).as("back to the page asked for")
			.redirectedUrl()
			.isEqualTo("/notifications");
	}

	private MvcTestResult signIn(HearthUser who, Cookie session) {
		return mvc.post().uri("/sign-in").with(csrf()).with(request -> {
			if (session != null) {
				request.setCookies(session);
			}
			return request;
		}).param("username", who.email()).param("password", PeopleFixture.PASSWORD).exchange();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void showsEachPersonTheirOwnNotificationsAndNobodyElses(Role role) {
		HearthUser me = people.get(role);
		tell(me, "For you, " + role);
		tell(volunteer, "Private to the volunteer " + role);

		assertThat(mvc.get().uri("/notifications").with(user(me)).exchange()).hasStatusOk()
			.bodyText()
			.contains("For you, " + role)
			.doesNotContain("Private to the volunteer");
		assertThat(mvc.get().uri("/notifications/bell").with(user(me)).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"notifications-bell\"")
			.contains("class=\"badge count\">" + inbox.unread(me.id()) + "<");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void refusesToMarkOrOpenAnotherPersonsNotification(Role role) {
		HearthUser me = people.get(role);
		NotificationId theirs = tell(volunteer, "Not yours to read, " + role);

		assertThat(mvc.post().uri("/notifications/{id}/read", theirs.value()).with(user(me)).with(csrf()).exchange())
			.hasStatus(404);
		assertThat(mvc.post().uri("/notifications/{id}/open", theirs.value()).with(user(me)).with(csrf()).exchange())
			.hasStatus(404);
		assertThat(mvc.post().uri("/notifications/read-all").with(user(me)).with(csrf()).exchange())
			.hasStatus3xxRedirection();

		assertThat(inbox.latest(volunteer.id())).filteredOn(entry -> entry.id().equals(theirs))
			.singleElement()
			.satisfies(entry -> assertThat(entry.unread()).isTrue());
	}

	@Test
	void marksOneAsReadInPlaceAndTellsTheBellToCountAgain() {
		HearthUser me = PeopleFixture.create(accounts, Role.LEAD);
		NotificationId first = tell(me, "First news");
		tell(me, "Second news");

		var result = mvc.post()
			.uri("/notifications/{id}/read", first.value())
			.header("HX-Request", "true")
			.with(user(me))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasHeader("HX-Trigger", "notifications-changed");
		assertThat(result).bodyText()
			.startsWith("<li")
			.contains("First news")
			.doesNotContain("Mark as read")
			.doesNotContain("<html");
		assertThat(inbox.unread(me.id())).isEqualTo(1);
		assertThat(mvc.get().uri("/notifications/bell").with(user(me)).exchange()).bodyText()
			.contains("class=\"badge count\">1<")
			.contains("unread notification<");
	}

	@Test
	void marksAllAsReadAndTheBellShowsNoCount() {
		HearthUser me = PeopleFixture.create(accounts, Role.STAFF);
		tell(me, "One");
		tell(me, "Two");

		assertThat(mvc.post().uri("/notifications/read-all").with(user(me)).with(csrf()).exchange())
			.hasRedirectedUrl("/notifications");

		assertThat(inbox.unread(me.id())).isZero();
		assertThat(mvc.get().uri("/notifications/bell").with(user(me)).exchange()).bodyText()
			.doesNotContain("badge count");
	}

	@Test
	void showsTwentyFiveAPageNewestFirstWithOneFormEachAndTheRestOnTheNextPage() {
		HearthUser me = PeopleFixture.create(accounts, Role.STAFF);
		for (int i = 1; i <= 30; i++) {
			notifications.notify(new Notification(me.id(), Topic.CARE, Urgency.ROUTINE, "News %02d".formatted(i),
					"Something happened.", "/care/escalations"));
		}

		String first = body(mvc.get().uri("/notifications").with(user(me)).exchange());
		assertThat(first).contains("News 30", "News 06", "Rows 1–25", "rel=\"next\"", "page=2")
			.doesNotContain("News 05");
		assertThat(first.split("name=\"_csrf\"", -1).length - 1).as("one form a notification, and a few more")
			.isBetween(25, 29);

		var second = mvc.get().uri("/notifications?page=2").header("HX-Request", "true").with(user(me)).exchange();
		assertThat(second).hasStatusOk();
		assertThat(body(second)).startsWith("<div id=\"notification-entries\"")
			.contains("News 05", "News 01", "Rows 26–30", "rel=\"prev\"")
			.doesNotContain("News 06", "<html");
	}

	@Test
	void readsAPageOfTwentyFiveWithAsManyStatementsAsAPageOfFive() {
		HearthUser me = PeopleFixture.create(accounts, Role.LEAD);
		for (int i = 1; i <= 30; i++) {
			tell(me, "Counted " + i);
		}
		mvc.get().uri("/notifications?size=5").with(user(me)).exchange();
		int five = StatementCounter
			.statementsOf(() -> mvc.get().uri("/notifications?size=5").with(user(me)).exchange());
		int many = StatementCounter.statementsOf(() -> mvc.get().uri("/notifications").with(user(me)).exchange());

		assertThat(many).isEqualTo(five).isPositive();
	}

	@Test
	void marksAllAsReadInPlaceAndShowsTheFirstPageAgain() {
		HearthUser me = PeopleFixture.create(accounts, Role.VOLUNTEER);
		for (int i = 1; i <= 27; i++) {
			tell(me, "Item %02d".formatted(i));
		}

		var result = mvc.post()
			.uri("/notifications/read-all")
			.header("HX-Request", "true")
			.with(user(me))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasHeader("HX-Trigger", "notifications-changed");
		assertThat(body(result)).startsWith("<div id=\"notification-entries\"")
			.contains("Item 27", "Item 03", "href=\"/notifications?page=2&amp;size=25\"")
			.doesNotContain("Item 02", "Mark as read");
	}

	@Test
	void opensWhereTheNotificationPointsAndMarksItRead() {
		HearthUser me = PeopleFixture.create(accounts, Role.VOLUNTEER);
		notifications.notify(new Notification(me.id(), Topic.CONDUCT, Urgency.ROUTINE, "You have feedback",
				"Read it when you can.", "/conduct/my"));
		NotificationId id = inbox.latest(me.id()).get(0).id();

		assertThat(mvc.post().uri("/notifications/{id}/open", id.value()).with(user(me)).with(csrf()).exchange())
			.hasRedirectedUrl("/conduct/my");
		assertThat(inbox.unread(me.id())).isZero();
	}

	@Test
	void asksSomeoneNotSignedInToSignInFirst() {
		assertThat(mvc.get().uri("/notifications").exchange()).hasStatus(302).redirectedUrl().endsWith("/sign-in");
		assertThat(mvc.get().uri("/notifications/bell").exchange()).hasStatus(302);
	}

	@Test
	void savesEachTopicsChoiceAndSaysUrgentNewsIsAlwaysEmailed() {
		HearthUser me = PeopleFixture.create(accounts, Role.LEAD);

		assertThat(mvc.get().uri("/notifications/preferences").with(user(me)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Urgent notifications are always e-mailed at once")
			.contains("id=\"CARE-DIGEST\"");

		var form = mvc.post().uri("/notifications/preferences").with(user(me)).with(csrf());
		for (Topic topic : Topic.values()) {
			form = form.param(topic.name(), topic == Topic.RHYTHM ? "DIGEST" : "IN_APP");
		}
		assertThat(form.exchange()).hasRedirectedUrl("/notifications/preferences");

		assertThat(inbox.preferences(me.id())).containsEntry(Topic.RHYTHM, Delivery.DIGEST)
			.containsEntry(Topic.CARE, Delivery.IN_APP);
	}

	@Test
	void showsTheErrorBesideATopicWithoutAValidChoiceAndSavesNothing() {
		HearthUser me = PeopleFixture.create(accounts, Role.VOLUNTEER);

		var result = mvc.post()
			.uri("/notifications/preferences")
			.with(user(me))
			.with(csrf())
			.param("ACCOUNT", "IN_APP")
			.param("JOURNEY", "CARRIER_PIGEON")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"JOURNEY-error\">Choose how you want to hear about this.</p>")
			.doesNotContain("id=\"ACCOUNT-error\"");
		assertThat(jdbc.sql("select count(*) from notification_preference where person_id = :id")
			.param("id", me.id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void showsStaffTheEmailsThatCannotGetOutAndHidesThemFromEveryoneElse() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		tell(lead, "Queued for the outbox page");
		jdbc.sql("""
				update mail_outbox set attempts = 4, last_error = 'MailSendException: Connection refused',
				next_attempt_at = now() + interval '1 hour' where to_address = :to""")
			.param("to", lead.email())
			.update();

		for (Role role : List.of(Role.APPLICANT, Role.VOLUNTEER, Role.LEAD)) {
			assertThat(mvc.get().uri("/staff/notifications/outbox").with(user(people.get(role))).exchange())
				.hasStatus(403);
		}
		for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
			assertThat(mvc.get().uri("/staff/notifications/outbox").with(user(people.get(role))).exchange())
				.hasStatusOk()
				.bodyText()
				.contains(lead.email())
				.contains("Stuck")
				.contains("Connection refused");
			assertThat(mvc.get().uri("/").with(user(people.get(role))).exchange()).bodyText()
				.contains("E-mail is not getting through");
		}
		assertThat(mvc.get().uri("/").with(user(people.get(Role.LEAD))).exchange()).bodyText()
			.doesNotContain("E-mail is not getting through");

		jdbc.sql("update mail_outbox set sent_at = now() where to_address = :to").param("to", lead.email()).update();
	}

	@Test
	void showsTheWaitingEmailsAPageAtATimeStuckFirstWithAsManyStatementsForManyAsForFew() {
		HearthUser staff = people.get(Role.STAFF);
		for (int i = 0; i < 12; i++) {
			tell(PeopleFixture.create(accounts, Role.VOLUNTEER), "Waiting " + i);
		}
		HearthUser unlucky = PeopleFixture.create(accounts, Role.VOLUNTEER);
		tell(unlucky, "Cannot get out");
		jdbc.sql(
				"update mail_outbox set attempts = 5, next_attempt_at = now() + interval '1 hour' where to_address = :to")
			.param("to", unlucky.email())
			.update();

		String first = body(mvc.get().uri("/staff/notifications/outbox?size=5").with(user(staff)).exchange());
		assertThat(first).contains("Rows 1–5", "rel=\"next\"", "page=2");
		String firstRow = first.substring(first.indexOf("<tbody>"), first.indexOf("</tr>", first.indexOf("<tbody>")));
		assertThat(firstRow).as("a stuck e-mail leads the page").contains("Stuck");
		mvc.get().uri("/staff/notifications/outbox?size=5").with(user(staff)).exchange();
		int five = StatementCounter
			.statementsOf(() -> mvc.get().uri("/staff/notifications/outbox?size=5").with(user(staff)).exchange());
		int fifty = StatementCounter
			.statementsOf(() -> mvc.get().uri("/staff/notifications/outbox?size=50").with(user(staff)).exchange());
		assertThat(fifty).isEqualTo(five).isPositive();

		jdbc.sql("update mail_outbox set sent_at = now() where to_address = :to").param("to", unlucky.email()).update();
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private NotificationId tell(HearthUser person, String subject) {
		notifications.notify(new Notification(person.id(), Topic.JOURNEY, Urgency.ROUTINE, subject,
				"Something for " + person.displayName(), null));
		return inbox.latest(person.id())
			.stream()
			.filter(entry -> entry.subject().equals(subject))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
