package org.hearth.spaces.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.notifications.Inbox;
import org.hearth.notifications.InboxEntry;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.people.TokenScope;
import org.hearth.programs.Programs;
import org.hearth.spaces.Announcement;
import org.hearth.spaces.Announcements;
import org.hearth.spaces.Audience;
import org.hearth.spaces.SharedSpaces;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Shared spaces and announcements: admins list spaces, staff post announcements, and each
 * person sees on their home page only what is for their role and their program, and is
 * told of an announcement once. Announcements here go to one fixture program each: one to
 * every volunteer would e-mail everyone the shared test database holds.
 */
@HearthTest
class SpacesPagesTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Autowired
	SharedSpaces spaces;

	@Autowired
	Announcements announcements;

	@Autowired
	Inbox inbox;

	@Autowired
	ApiTokens tokens;

	@Test
	void anAdminListsASpaceForOneProgramAndOnlyItsPeopleSeeIt() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		ServingVolunteers listening = serving();
		HearthUser listener = listening.volunteer();
		HearthUser elsewhere = serving().volunteer();
		String name = "#listeners-" + UUID.randomUUID().toString().substring(0, 6);

		assertThat(mvc.post()
			.uri("/admin/spaces")
			.with(user(admin))
			.with(csrf())
			.param("name", name)
			.param("kind", "DISCORD_CHANNEL")
			.param("url", "https://discord.com/channels/1/2")
			.param("description", "Where listeners talk between shifts.")
			.param("role", "VOLUNTEER")
			.param("program", listening.program().value().toString())
			.param("position", "1")
			.param("version", "0")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/spaces");

		assertThat(mvc.get().uri("/").with(user(listener))).hasStatusOk()
			.bodyText()
			.contains("Where we meet", name, "https://discord.com/channels/1/2");
		assertThat(mvc.get().uri("/").with(user(listening.lead))).bodyText().contains(name);
		assertThat(mvc.get().uri("/").with(user(elsewhere))).bodyText().doesNotContain(name);
		assertThat(mvc.get().uri("/admin/spaces").with(user(admin))).bodyText()
			.contains(name, "Volunteers and leads in Listening");
	}

	@Test
	void showsEachMistakeOfASpaceBesideItsFieldAndSavesNothing() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		int before = spaces.all().size();

		assertThat(mvc.post()
			.uri("/admin/spaces")
			.with(user(admin))
			.with(csrf())
			.param("name", "lounge")
			.param("kind", "DISCORD_CHANNEL")
			.param("url", "javascript:alert(1)")
			.param("description", "kept description")
			.param("role", "VOLUNTEER")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("id=\"url-error\"", "starting with https://", "kept description");
		assertThat(mvc.post()
			.uri("/admin/spaces")
			.with(user(admin))
			.with(csrf())
			.param("name", "")
			.param("kind", "FORUM_SECTION")
			.param("url", "https://forum.example.org/c/volunteers")
			.param("description", "")
			.param("role", "VOLUNTEER")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("id=\"name-error\"", "Name the space", "id=\"description-error\"",
					"https://forum.example.org/c/volunteers");
		assertThat(mvc.post()
			.uri("/admin/spaces")
			.with(user(admin))
			.with(csrf())
			.param("name", "lounge")
			.param("kind", "SOMEWHERE")
			.param("url", "https://discord.com")
			.param("description", "Chat")
			.param("role", "VOLUNTEER")
			.param("version", "0")).hasStatusOk().bodyText().contains("it is not the kind of value this field takes");
		assertThat(spaces.all()).hasSize(before);
	}

	@Test
	void onlyAdminsKeepTheListAndOnlyStaffPost() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);

		assertThat(mvc.get().uri("/admin/spaces").with(user(staff))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/spaces")
			.with(user(staff))
			.with(csrf())
			.param("name", "x")
			.param("kind", "OTHER")
			.param("url", "https://example.org")
			.param("description", "x")
			.param("role", "VOLUNTEER")).hasStatus(403);
		assertThat(mvc.get().uri("/staff/announcements").with(user(lead))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/staff/announcements")
			.with(user(lead))
			.with(csrf())
			.param("title", "Hello")
			.param("body", "Hi")
			.param("role", "VOLUNTEER")
			.param("lastDay", LocalDate.now().plusDays(1).toString())).hasStatus(403);
		assertThat(mvc.get().uri("/announcements").with(user(lead))).hasStatusOk();
	}

	@Test
	void anAnnouncementToAProgramShowsOnItsPeoplesHomeAndTellsEachOfThemOnce() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		ServingVolunteers listening = serving();
		HearthUser listener = listening.volunteer();
		HearthUser elsewhere = serving().volunteer();
		String title = "Training moved " + UUID.randomUUID().toString().substring(0, 6);

		assertThat(mvc.post()
			.uri("/staff/announcements")
			.with(user(staff))
			.with(csrf())
			.param("title", title)
			.param("body", "The monthly training is on Thursday at 7pm.\nBring a question.")
			.param("role", "VOLUNTEER")
			.param("program", listening.program().value().toString())
			.param("lastDay", LocalDate.now().plusDays(7).toString())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/staff/announcements");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(told(listener, title)).isEqualTo(1);
			assertThat(told(listening.lead, title)).isEqualTo(1);
		});
		assertThat(told(elsewhere, title)).isZero();
		assertThat(told(staff, title)).isZero();
		assertThat(mvc.get().uri("/").with(user(listener))).bodyText()
			.contains(title, "The monthly training is on Thursday at 7pm.");
		assertThat(mvc.get().uri("/").with(user(elsewhere))).bodyText().doesNotContain(title);
		assertThat(mvc.get().uri("/announcements").with(user(listener))).bodyText()
			.contains(title, "Bring a question.", "For volunteers and leads in Listening");

		Announcement posted = announcements.currentFor(listener, 50)
			.stream()
			.filter(a -> a.title().equals(title))
			.findFirst()
			.orElseThrow();
		assertThat(announcements.tell(posted.id())).as("a redelivered event tells nobody twice").isZero();
	}

	@Test
	void aWithdrawnAnnouncementLeavesEveryHomePageAndASecondWithdrawalIsRefused() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		String title = "Server maintenance " + UUID.randomUUID().toString().substring(0, 6);
		Announcement posted = announcements.post(staff, title, "Discord may be down for an hour.",
				new Audience(Role.VOLUNTEER, serving.program()), LocalDate.now().plusDays(3));
		assertThat(mvc.get().uri("/").with(user(volunteer))).bodyText().contains(title);

		assertThat(mvc.post()
			.uri("/staff/announcements/{id}/withdraw", posted.id().value())
			.with(user(staff))
			.with(csrf())
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/").with(user(volunteer))).bodyText().doesNotContain(title);

		var again = mvc.post()
			.uri("/staff/announcements/{id}/withdraw", posted.id().value())
			.with(user(PeopleFixture.create(accounts, Role.STAFF)))
			.with(csrf())
			.param("version", "0")
			.exchange();
		assertThat(again).hasStatus3xxRedirection();
		assertThat(again.getMvcResult().getFlashMap().get("problem")).asString()
			.contains("Someone else changed this announcement meanwhile");
	}

	@Test
	void refusesAnAnnouncementWithoutTextOrEndingInThePastAndKeepsWhatWasTyped() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.post()
			.uri("/staff/announcements")
			.with(user(staff))
			.with(csrf())
			.param("title", "kept title")
			.param("body", "")
			.param("role", "VOLUNTEER")
			.param("lastDay", LocalDate.now().minusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("id=\"body-error\"", "Write what you want people to know.", "kept title");
		assertThat(mvc.post()
			.uri("/staff/announcements")
			.with(user(staff))
			.with(csrf())
			.param("title", "kept title")
			.param("body", "Some news")
			.param("role", "VOLUNTEER")
			.param("lastDay", LocalDate.now().minusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("id=\"lastDay-error\"", "The last day has passed");
		assertThat(mvc.post()
			.uri("/staff/announcements")
			.with(user(staff))
			.with(csrf())
			.param("title", "kept title")
			.param("body", "Some news")
			.param("role", "STAFF")
			.param("program", serving().program().value().toString())
			.param("lastDay", LocalDate.now().toString())).hasStatusOk()
			.bodyText()
			.contains("id=\"program-error\"", "leave the program empty for staff");
	}

	@Test
	void theApiListsTheCallersSpacesAndAnnouncementsButNotForAnIntegrationToken() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		String title = "API news " + UUID.randomUUID().toString().substring(0, 6);
		announcements.post(staff, title, "Read it through the API.", new Audience(Role.VOLUNTEER, serving.program()),
				LocalDate.now().plusDays(1));
		String personal = tokens.create(volunteer.id(), "my script");
		String integration = tokens.create(staff.id(), "discord bot", TokenScope.SCREENING);

		assertThat(mvc.get().uri("/api/v1/announcements").header("Authorization", "Bearer " + personal)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].title")
			.asArray()
			.contains(title);
		assertThat(mvc.get().uri("/api/v1/spaces").header("Authorization", "Bearer " + personal)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/announcements").header("Authorization", "Bearer " + integration))
			.hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/spaces")).hasStatus(401);
	}

	private long told(HearthUser person, String title) {
		return inbox.latest(person.id())
			.stream()
			.map(InboxEntry::subject)
			.filter(subject -> subject.equals("Announcement: " + title))
			.count();
	}

	private ServingVolunteers serving() {
		return new ServingVolunteers(catalog, accounts, leads, enrolments);
	}

}
