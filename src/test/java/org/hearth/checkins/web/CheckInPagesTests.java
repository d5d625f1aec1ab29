package org.hearth.checkins.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.checkins.CheckIn;
import org.hearth.checkins.CheckInInput;
import org.hearth.checkins.CheckIns;
import org.hearth.checkins.WellBeing;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The check-in pages: a volunteer checks in and sees only their own; a lead sees and logs
 * check-ins of their own volunteers only; staff see everyone's.
 */
@HearthTest
class CheckInPagesTests {

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
	CheckIns checkIns;

	@Test
	void aVolunteerChecksInAndSeesTheirLoad() {
		HearthUser volunteer = serving().volunteer();

		assertThat(mvc.get().uri("/checkins").with(user(volunteer))).hasStatusOk()
			.bodyText()
			.contains("Your load this week", "How are you this week?", "4 – Good");
		assertThat(mvc.post()
			.uri("/checkins")
			.with(user(volunteer))
			.with(csrf())
			.param("week", checkIns.thisWeek().toString())
			.param("wellBeing", "GOOD")
			.param("hours", "2.5")
			.param("weighed", "A long chat about exams")
			.param("boundaries", "No chats after 10pm")
			.param("version", "0")).hasStatus3xxRedirection().hasRedirectedUrl("/checkins");

		CheckIn saved = checkIns.of(volunteer.id(), checkIns.thisWeek()).orElseThrow();
		assertThat(saved.wellBeing()).isEqualTo(WellBeing.GOOD);
		assertThat(saved.hours()).isEqualByComparingTo("2.5");
		assertThat(saved.source()).isEqualTo(CheckIn.Source.VOLUNTEER);
		assertThat(mvc.get().uri("/checkins").with(user(volunteer))).bodyText()
			.contains("A long chat about exams", "No chats after 10pm", "Save changes");
	}

	@Test
	void showsWhatIsMissingBesideItsFieldAndKeepsWhatWasTyped() {
		HearthUser volunteer = serving().volunteer();

		assertThat(mvc.post()
			.uri("/checkins")
			.with(user(volunteer))
			.with(csrf())
			.param("week", checkIns.thisWeek().toString())
			.param("hours", "")
			.param("weighed", "kept text")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Choose how you are this week, from 1 (struggling) to 5 (thriving).",
					"Give the hours served this week; 0 is fine.", "kept text");
		assertThat(checkIns.of(volunteer.id(), checkIns.thisWeek())).isEmpty();
	}

	@Test
	void namesHoursThatDoNotReadAsANumber() {
		HearthUser volunteer = serving().volunteer();

		assertThat(mvc.post()
			.uri("/checkins")
			.with(user(volunteer))
			.with(csrf())
			.param("week", checkIns.thisWeek().toString())
			.param("wellBeing", "OKAY")
			.param("hours", "three")
			.param("_wantsDebrief", "on")
			.param("version", "0")).hasStatusOk().bodyText().contains("id=\"hours-error\"");
		assertThat(checkIns.of(volunteer.id(), checkIns.thisWeek())).isEmpty();
	}

	@Test
	void answersHtmxWithTheFormFragmentAlone() {
		HearthUser volunteer = serving().volunteer();

		var result = mvc.post()
			.uri("/checkins")
			.with(user(volunteer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("week", checkIns.thisWeek().minusWeeks(1).toString())
			.param("wellBeing", "OKAY")
			.param("hours", "0")
			.param("wantsDebrief", "true")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"checkin-form\"", "Thank you for checking in", "Your lead will reach out about a debrief")
			.doesNotContain("<html");
		assertThat(checkIns.of(volunteer.id(), checkIns.thisWeek().minusWeeks(1))).isPresent();
	}

	@Test
	void refusesAWeekOtherThanThisOrLast() {
		HearthUser volunteer = serving().volunteer();

		assertThat(mvc.post()
			.uri("/checkins")
			.with(user(volunteer))
			.with(csrf())
			.param("week", checkIns.thisWeek().minusWeeks(3).toString())
			.param("wellBeing", "OKAY")
			.param("hours", "1")
			.param("version", "0")).hasStatusOk().bodyText().contains("Choose this week or last week.");
	}

	@Test
	void aVolunteerCannotReadAnotherVolunteersCheckIns() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		HearthUser other = serving.volunteer();
		checkInAs(other, "private worry of the other");

		assertThat(mvc.get().uri("/lead/checkins/" + other.id().value()).with(user(volunteer))).hasStatus(403);
		assertThat(mvc.get().uri("/lead/checkins").with(user(volunteer))).hasStatus(403);
		assertThat(mvc.get().uri("/checkins").with(user(volunteer))).bodyText()
			.doesNotContain("private worry of the other");
	}

	@Test
	void aLeadSeesAndLogsOnlyTheirOwnVolunteers() {
		ServingVolunteers mine = serving();
		ServingVolunteers theirs = serving();
		HearthUser myVolunteer = mine.volunteer();
		HearthUser notMine = theirs.volunteer();
		checkInAs(myVolunteer, "worry I may see");
		checkInAs(notMine, "worry I may not see");

		assertThat(mvc.get().uri("/lead/checkins").with(user(mine.lead))).hasStatusOk()
			.bodyText()
			.contains(myVolunteer.displayName(), "role=\"img\"",
					"Well-being and hours of " + myVolunteer.displayName() + " over the last 12 weeks",
					myVolunteer.displayName() + " checked in 1 of the last 12 weeks.")
			.doesNotContain(notMine.displayName());
		assertThat(mvc.get().uri("/lead/checkins/" + myVolunteer.id().value()).with(user(mine.lead))).hasStatusOk()
			.bodyText()
			.contains("worry I may see", "Log a conversation as their check-in");
		assertThat(mvc.get().uri("/lead/checkins/" + notMine.id().value()).with(user(mine.lead))).hasStatus(404)
			.bodyText()
			.doesNotContain("worry I may not see");
		assertThat(mvc.post()
			.uri("/lead/checkins/" + notMine.id().value())
			.with(user(mine.lead))
			.with(csrf())
			.param("week", checkIns.thisWeek().toString())
			.param("wellBeing", "LOW")
			.param("hours", "1")
			.param("version", "0")).hasStatus(404);
		assertThat(checkIns.of(notMine.id(), checkIns.thisWeek()).orElseThrow().wellBeing()).isEqualTo(WellBeing.GOOD);
	}

	@Test
	void pagesTheVolunteersOfALead() throws Exception {
		ServingVolunteers serving = serving();
		var names = List.of(serving.volunteer(), serving.volunteer(), serving.volunteer())
			.stream()
			.map(HearthUser::displayName)
			.toList();

		String first = mvc.get()
			.uri("/lead/checkins?size=2")
			.with(user(serving.lead))
			.exchange()
			.getResponse()
			.getContentAsString();
		String second = mvc.get()
			.uri("/lead/checkins?size=2&page=2")
			.with(user(serving.lead))
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(first.split("role=\"img\"", -1)).hasSize(3);
		assertThat(first).contains("rel=\"next\"");
		assertThat(second.split("role=\"img\"", -1)).hasSize(2);
		assertThat(names).allMatch(name -> first.contains(name) != second.contains(name));
	}

	@Test
	void aLeadLogsAConversationAsTheVolunteersCheckIn() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();

		assertThat(mvc.post()
			.uri("/lead/checkins/" + volunteer.id().value())
			.with(user(serving.lead))
			.with(csrf())
			.param("week", checkIns.thisWeek().toString())
			.param("wellBeing", "LOW")
			.param("hours", "6")
			.param("weighed", "A hard week at school")
			.param("version", "0")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/lead/checkins/" + volunteer.id().value());

		CheckIn logged = checkIns.of(volunteer.id(), checkIns.thisWeek()).orElseThrow();
		assertThat(logged.source()).isEqualTo(CheckIn.Source.LEAD);
		assertThat(logged.recordedBy()).isEqualTo(serving.lead.id());
		assertThat(mvc.get().uri("/checkins").with(user(volunteer))).bodyText()
			.contains("A hard week at school", "Conversation logged by a lead");
	}

	@Test
	void staffSeeEveryVolunteersCheckIns() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser volunteer = serving().volunteer();
		checkInAs(volunteer, "seen by staff");

		assertThat(mvc.get().uri("/lead/checkins/" + volunteer.id().value()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("seen by staff");
		assertThat(mvc.get().uri("/lead/checkins/" + UUID.randomUUID()).with(user(staff))).hasStatus(404);
	}

	private ServingVolunteers serving() {
		return new ServingVolunteers(catalog, accounts, leads, enrolments);
	}

	private void checkInAs(HearthUser volunteer, String weighed) {
		checkIns.checkIn(volunteer, LocalDate.now(),
				new CheckInInput(WellBeing.GOOD, BigDecimal.ONE, weighed, "", false), 0);
	}

}
