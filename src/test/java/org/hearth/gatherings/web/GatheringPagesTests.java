package org.hearth.gatherings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.gatherings.Answer;
import org.hearth.gatherings.Audience;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.GatheringPlan;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Venue;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.people.TokenScope;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.shared.ViewerZone;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pages and API of trainings and lead meetings: staff schedule one from the form,
 * with each mistake beside its field; invited people answer in place; only staff and the
 * lead running it take attendance; volunteers never read a lead meeting.
 */
@HearthTest
class GatheringPagesTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Gatherings gatherings;

	@Test
	void staffScheduleATrainingAndTheInvitedFindItOnTheirPage() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		ProgramId program = programOf(noor);

		var result = mvc.post()
			.uri("/staff/gatherings")
			.with(user(staff))
			.with(csrf())
			.param("kind", "TRAINING")
			.param("title", "Holding hope")
			.param("date", LocalDate.now(LONDON).plusDays(12).toString())
			.param("time", "18:30")
			.param("zone", "Europe/London")
			.param("minutes", "75")
			.param("link", "https://meet.example.org/hope")
			.param("place", "")
			.param("program", program.value().toString())
			.param("volunteers", "true")
			.param("host", serving.lead.id().value().toString())
			.param("months", "2")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/gatherings/");
		assertThat(mvc.get().uri("/gatherings").with(user(noor))).hasStatusOk()
			.bodyText()
			.contains("Training “Holding hope”", "18:30–19:45 (Europe/London)", "Not answered yet");
		assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).with(user(serving.lead))).hasStatusOk()
			.bodyText()
			.contains("Who took part", "0 coming, 0 maybe", noor.displayName());
	}

	@Test
	void showsEachMistakeBesideItsFieldAndKeepsWhatWasTyped() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.post()
			.uri("/staff/gatherings")
			.with(user(staff))
			.with(csrf())
			.param("kind", "TRAINING")
			.param("title", "")
			.param("description", "kept description")
			.param("date", "")
			.param("time", "")
			.param("zone", "Europe/London")
			.param("minutes", "5")
			.param("months", "1")).hasStatusOk()
			.bodyText()
			.contains("Give it a title", "Choose the day it takes place.", "Choose the time it starts",
					"from 15 to 480 minutes", "kept description", "id=\"title-error\"", "id=\"time-error\"");

		assertThat(mvc.post()
			.uri("/staff/gatherings")
			.with(user(staff))
			.with(csrf())
			.param("kind", "LEAD_MEETING")
			.param("title", "Leads together")
			.param("date", LocalDate.now(LONDON).plusDays(3).toString())
			.param("time", "18:00")
			.param("zone", "Europe/London")
			.param("minutes", "60")
			.param("place", "Community room")
			.param("volunteers", "true")
			.param("leads", "true")
			.param("months", "1")).hasStatusOk()
			.bodyText()
			.contains("A lead meeting is for lead volunteers and staff", "id=\"audience-error\"");
	}

	@Test
	void tellsAReaderInAnotherZoneWhenAGatheringStartsInTheirOwnTime() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		Gathering training = schedule(noor, PeopleFixture.create(accounts, Role.STAFF));
		String inKolkata = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH)
			.format(training.startsAt().atZone(ZoneId.of("Asia/Kolkata")));

		assertThat(mvc.get()
			.uri("/gatherings/" + training.id())
			.with(user(noor))
			.cookie(new Cookie(ViewerZone.COOKIE, "Asia/Kolkata"))).hasStatusOk()
			.bodyText()
			.contains(training.when(), inKolkata + " your time (Asia/Kolkata)");
		assertThat(mvc.get()
			.uri("/gatherings/" + training.id())
			.with(user(noor))
			.cookie(new Cookie(ViewerZone.COOKIE, "Europe/London"))).hasStatusOk()
			.bodyText()
			.contains(training.when())
			.doesNotContain("your time");
	}

	@Test
	void anInvitedVolunteerAnswersInPlace() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		Gathering training = schedule(noor, PeopleFixture.create(accounts, Role.STAFF));

		assertThat(mvc.post()
			.uri("/gatherings/" + training.id() + "/answer")
			.with(user(noor))
			.with(csrf())
			.header("HX-Request", "true")
			.param("answer", "YES")).hasStatusOk()
			.bodyText()
			.contains("We look forward to seeing you", "You answered: Yes, I&#39;ll be there.")
			.doesNotContain("<html");
		assertThat(gatherings.visibleTo(training.id(), noor).invitationOf(noor.id()).orElseThrow().answer())
			.isEqualTo(Answer.YES);
		assertThat(mvc.post()
			.uri("/gatherings/" + training.id() + "/answer")
			.with(user(noor))
			.with(csrf())
			.header("HX-Request", "true")).hasStatusOk().bodyText().contains("Choose yes, no or maybe.");
	}

	@Test
	void onlyStaffAndTheLeadRunningItTakeAttendance() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		HearthUser ben = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Gathering held = gatherings.recordHeld(new GatheringPlan(GatheringKind.TRAINING, "Rest and recovery", "",
				LocalDate.now(LONDON).minusDays(2), LocalTime.of(18, 0), LONDON, 60, Venue.at("Room 4"),
				new Audience(programOf(noor), true, false, false), serving.lead.id(), 1), staff);

		assertThat(mvc.get().uri("/gatherings/" + held.id()).with(user(noor))).hasStatusOk()
			.bodyText()
			.doesNotContain("Who took part", ben.displayName());
		assertThat(mvc.post()
			.uri("/gatherings/" + held.id() + "/attendance")
			.with(user(noor))
			.with(csrf())
			.param("present", noor.id().value().toString())
			.param("version", "0")).hasStatusOk().bodyText().contains("Attendance is taken by staff");

		assertThat(mvc.post()
			.uri("/gatherings/" + held.id() + "/attendance")
			.with(user(serving.lead))
			.with(csrf())
			.param("present", noor.id().value().toString())
			.param("version", "0")).hasStatus3xxRedirection();

		assertThat(gatherings.trainingsCompleted(noor.id())).isEqualTo(1);
		assertThat(mvc.get().uri("/gatherings").with(user(noor))).bodyText()
			.contains("You have taken part in 1 training.", "Took part");
		assertThat(mvc.get().uri("/gatherings").with(user(ben))).bodyText().contains("Missed it");
	}

	@Test
	void showsALeadMeetingsReflectionsToLeadsAndStaffAndNeverToVolunteers() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Gathering meeting = gatherings.recordHeld(new GatheringPlan(GatheringKind.LEAD_MEETING, "Leads in December", "",
				LocalDate.now(LONDON).minusDays(1), LocalTime.of(17, 0), LONDON, 60,
				Venue.online("https://meet.example.org/leads"), new Audience(programOf(noor), false, true, true), null,
				1), staff);

		assertThat(mvc.post()
			.uri("/gatherings/" + meeting.id() + "/reflections")
			.with(user(serving.lead))
			.with(csrf())
			.param("text", "")).hasStatusOk().bodyText().contains("Write a few words", "id=\"text-error\"");
		assertThat(mvc.post()
			.uri("/gatherings/" + meeting.id() + "/reflections")
			.with(user(serving.lead))
			.with(csrf())
			.param("text", "We agreed to rotate the late shifts.")).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/gatherings/" + meeting.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("We agreed to rotate the late shifts.", serving.lead.displayName());
		assertThat(mvc.get().uri("/gatherings/" + meeting.id()).with(user(noor))).hasStatus(404);
	}

	@Test
	void saysWhyAReflectionWaitsForTheMeetingAndKeepsWhatWasWritten() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Gathering meeting = gatherings
			.schedule(new GatheringPlan(GatheringKind.LEAD_MEETING, "Leads in January", "",
					LocalDate.now(LONDON).plusDays(10), LocalTime.of(17, 0), LONDON, 60,
					Venue.online("https://meet.example.org/leads"), new Audience(programOf(noor), false, true, false),
					null, 1), staff)
			.get(0);

		assertThat(mvc.post()
			.uri("/gatherings/" + meeting.id() + "/reflections")
			.with(user(serving.lead))
			.with(csrf())
			.param("text", "Thoughts before we meet")).hasStatusOk()
			.bodyText()
			.contains("Reflections open once the meeting has begun", "Thoughts before we meet");
	}

	@Test
	void schedulesAnswersAndTakesAttendanceThroughTheApi() throws Exception {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		String staff = "Bearer "
				+ tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "api", TokenScope.PERSONAL);
		String volunteer = "Bearer " + tokens.create(noor.id(), "api", TokenScope.PERSONAL);

		var created = mvc.post()
			.uri("/api/v1/gatherings")
			.header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "TRAINING", "title": "Listening without fixing", "date": "%s", "time": "19:00",
					 "zone": "Europe/Oslo", "minutes": 60, "place": "Library, room 2", "programId": "%s",
					 "volunteers": true}""".formatted(LocalDate.now(LONDON).plusDays(20), programOf(noor)))
			.exchange();
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$[0].timeZone").isEqualTo("Europe/Oslo");
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$[0].id");

		assertThat(mvc.put()
			.uri("/api/v1/gatherings/" + id + "/answer")
			.header("Authorization", volunteer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"MAYBE\"}")).hasStatusOk().bodyJson().extractingPath("$.answer").isEqualTo("MAYBE");
		assertThat(mvc.get().uri("/api/v1/gatherings/" + id).header("Authorization", volunteer)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.invitations")
			.isNull();
		assertThat(mvc.put()
			.uri("/api/v1/gatherings/" + id + "/attendance")
			.header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"present\": [], \"version\": 0}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Attendance opens when the training begins");
		assertThat(mvc.post()
			.uri("/api/v1/gatherings")
			.header("Authorization", volunteer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/gatherings")
			.header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "TRAINING", "title": "Looking back", "date": "%s", "time": "19:00",
					 "zone": "Europe/Oslo", "minutes": 60, "place": "Library, room 2", "volunteers": true}"""
				.formatted(LocalDate.now(LONDON).minusDays(2))))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors.date")
			.asString()
			.contains("still to come");
		assertThat(mvc.post()
			.uri("/api/v1/gatherings")
			.header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "TRAINING", "title": "Two places", "date": "%s", "time": "19:00", "zone": "Europe/Oslo",
					 "minutes": 60, "place": "Library", "link": "https://meet.example.org/x", "volunteers": true}"""
				.formatted(LocalDate.now(LONDON).plusDays(3))))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors.place")
			.asString()
			.contains("Choose one");
	}

	private Gathering schedule(HearthUser volunteer, HearthUser staff) {
		List<Gathering> scheduled = gatherings.schedule(new GatheringPlan(GatheringKind.TRAINING, "Warm welcomes", "",
				LocalDate.now(LONDON).plusDays(8), LocalTime.of(18, 0), LONDON, 60, Venue.at("Room 4"),
				new Audience(programOf(volunteer), true, false, false), null, 1), staff);
		return scheduled.get(0);
	}

	private ProgramId programOf(HearthUser volunteer) {
		return enrolments.ofVolunteer(volunteer.id()).get(0).program();
	}

}
