package org.hearth.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.GatheringPlan;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Venue;
import org.hearth.notifications.Inbox;
import org.hearth.notifications.InboxEntry;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.recognition.Recognition.MilestoneLine;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceEntry;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServingVolunteer;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A volunteer's milestones: found from their service, kept once, told to them and their
 * lead; the lead's note reaches them; staff see the month.
 */
@HearthTest
class RecognitionIntegrationTests {

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
	ServiceLog serviceLog;

	@Autowired
	Recognition recognition;

	@Autowired
	Inbox inbox;

	@Autowired
	Gatherings gatherings;

	@Test
	void hoursServedAndAFulfilledCommitmentAreMilestonesToldOnceToTheVolunteerAndTheirLead() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		serve(volunteer, serving.lead, 20, 20, 20);
		LocalDate today = LocalDate.now();

		assertThat(recognition.look(today, only(volunteer, serving))).isEqualTo(4);
		assertThat(recognition.look(today, only(volunteer, serving))).as("each milestone is kept once").isZero();

		assertThat(recognition.mine(volunteer)).extracting(MilestoneLine::title)
			.containsExactlyInAnyOrder("10 hours served", "25 hours served", "50 hours served",
					"Commitment fulfilled as Listener");
		assertThat(subjects(volunteer)).filteredOn(s -> s.startsWith("A milestone: ")).hasSize(1);
		assertThat(subjects(serving.lead)).filteredOn(s -> s.contains(" reached: ")).hasSize(1);
		assertThat(mvc.get().uri("/").with(user(volunteer))).bodyText().contains("Your milestones");
		assertThat(mvc.get().uri("/").with(user(serving.lead))).bodyText()
			.contains("Milestones to recognise", "4 milestones of your volunteers wait for a note from you.");
	}

	@Test
	void aFirstTrainingTakenPartInIsAMilestone() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		LocalDate today = LocalDate.now();
		Gathering held = gatherings.recordHeld(new GatheringPlan(GatheringKind.TRAINING, "Listening well",
				"Reflective listening", today.minusDays(1), LocalTime.of(19, 0), ZoneId.of("Europe/London"), 60,
				Venue.online("https://meet.hearth.example/training"),
				new org.hearth.gatherings.Audience(serving.program(), true, false, false), null, 1), staff);

		assertThat(recognition.look(today, only(volunteer, serving))).isZero();
		gatherings.takeAttendance(held.id(), staff, Set.of(volunteer.id()), 0);

		assertThat(recognition.look(today, only(volunteer, serving))).isEqualTo(1);
		assertThat(recognition.mine(volunteer)).extracting(MilestoneLine::title)
			.containsExactly("A first training taken part in");
	}

	@Test
	void aFirstMonthComesAMonthAfterServiceBegan() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		LocalDate today = LocalDate.now();

		assertThat(recognition.look(today.plusDays(20), only(volunteer, serving))).isZero();
		assertThat(recognition.look(today.plusMonths(1), only(volunteer, serving))).isEqualTo(1);
		assertThat(recognition.mine(volunteer)).extracting(MilestoneLine::title, MilestoneLine::reachedOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A first month of service", today.plusMonths(1)));
	}

	@Test
	void theLeadsNoteReachesTheVolunteerAndNobodyElseMayWriteIt() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		recognition.look(LocalDate.now().plusMonths(1), only(volunteer, serving));
		MilestoneLine milestone = recognition.mine(volunteer).get(0);
		HearthUser otherLead = serving().lead;

		var refused = mvc.post()
			.uri("/lead/recognition/{id}/note", milestone.id().value())
			.with(user(otherLead))
			.with(csrf())
			.param("note", "Well done!")
			.param("version", "0")
			.exchange();
		assertThat(refused).hasStatus3xxRedirection();
		assertThat(refused.getMvcResult().getFlashMap().get("problem")).asString()
			.contains("Only the volunteer's lead or staff");
		assertThat(mvc.post()
			.uri("/lead/recognition/{id}/note", milestone.id().value())
			.with(user(volunteer))
			.with(csrf())
			.param("note", "I did great")
			.param("version", "0")).hasStatus(403);
		var empty = mvc.post()
			.uri("/lead/recognition/{id}/note", milestone.id().value())
			.with(user(serving.lead))
			.with(csrf())
			.param("note", "   ")
			.param("version", "0")
			.exchange();
		assertThat(empty.getMvcResult().getFlashMap().get("problem")).asString().contains("Write a few words");

		assertThat(mvc.get().uri("/lead/recognition").with(user(serving.lead))).bodyText()
			.contains("A first month of service", "Send the note");
		assertThat(mvc.post()
			.uri("/lead/recognition/{id}/note", milestone.id().value())
			.with(user(serving.lead))
			.with(csrf())
			.param("note", "A month already. The way you listen makes the server kinder.")
			.param("version", "0")).hasStatus3xxRedirection().hasRedirectedUrl("/lead/recognition");

		assertThat(mvc.get().uri("/recognition").with(user(volunteer))).bodyText()
			.contains("A first month of service", "The way you listen makes the server kinder.");
		assertThat(subjects(volunteer))
			.anyMatch(s -> s.startsWith("A note from ") && s.endsWith(": A first month of service"));
		var again = mvc.post()
			.uri("/lead/recognition/{id}/note", milestone.id().value())
			.with(user(serving.lead))
			.with(csrf())
			.param("note", "Another")
			.param("version", "0")
			.exchange();
		assertThat(again.getMvcResult().getFlashMap().get("problem")).asString().contains("meanwhile");
	}

	@Test
	void staffSeeWhoReachedWhatInAMonthAndOthersDoNot() {
		ServingVolunteers serving = serving();
		HearthUser volunteer = serving.volunteer();
		LocalDate day = LocalDate.now().plusMonths(1);
		recognition.look(day, only(volunteer, serving));
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.get().uri("/staff/recognition").param("month", YearMonth.from(day).toString()).with(user(staff)))
			.hasStatusOk()
			.bodyText()
			.contains(volunteer.displayName(), "A first month of service", "None yet");
		for (String junk : new String[] { "December", "-999999999-01", "-2026-12", "2026-13", "+12026-01" }) {
			assertThat(mvc.get().uri("/staff/recognition").param("month", junk).with(user(staff))).hasStatusOk()
				.bodyText()
				.contains("Give the month like 2026-12");
		}
		assertThat(mvc.get().uri("/staff/recognition").with(user(serving.lead))).hasStatus(403);
	}

	@Test
	void showsAMonthOfMilestonesAPageAtATime() throws Exception {
		ServingVolunteers serving = serving();
		HearthUser first = serving.volunteer();
		HearthUser second = serving.volunteer();
		LocalDate day = LocalDate.now().plusMonths(2);
		recognition.look(day, List.of(new ServingVolunteer(first.id(), serving.lead.id(), false, LocalDate.now()),
				new ServingVolunteer(second.id(), serving.lead.id(), false, LocalDate.now())));
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String month = YearMonth.from(day).toString();

		String page1 = mvc.get()
			.uri("/staff/recognition?month=" + month + "&size=1")
			.with(user(staff))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page1.split("<tr>", -1)).as("one row under the heading").hasSize(3);
		assertThat(page1).contains("rel=\"next\"", "page=2", "month=" + month);
		assertThat(mvc.get().uri("/staff/recognition?month=" + month + "&size=0").with(user(staff))).hasStatus(400);
	}

	private void serve(HearthUser volunteer, HearthUser lead, int... hours) {
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		for (int amount : hours) {
			ServiceEntry entry = serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), BigDecimal.valueOf(amount),
					"");
			serviceLog.decide(entry.id(), true, lead);
		}
	}

	private static List<ServingVolunteer> only(HearthUser volunteer, ServingVolunteers serving) {
		return List.of(new ServingVolunteer(volunteer.id(), serving.lead.id(), false, LocalDate.now()));
	}

	private List<String> subjects(HearthUser person) {
		return inbox.latest(person.id()).stream().map(InboxEntry::subject).toList();
	}

	private ServingVolunteers serving() {
		return new ServingVolunteers(catalog, accounts, leads, enrolments);
	}

}
