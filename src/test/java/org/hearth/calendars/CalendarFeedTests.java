package org.hearth.calendars;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
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
import org.hearth.people.AccessControl;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A person's calendar feed, read back by a real iCalendar library (ical4j): their
 * trainings, the weekly check-in and the end of their commitment, each with a UID and a
 * stamp; and only its secret address opens it, the last one made.
 */
@HearthTest
class CalendarFeedTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Gatherings gatherings;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessControl access;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Test
	void servesTrainingsCheckInsAndTheCommitmentsEndAsValidICalendar() throws Exception {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser noor = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		List<Gathering> series = gatherings.schedule(plan(noor, "Holding hope, together; with care", 2), staff);
		Gathering declined = gatherings.schedule(plan(noor, "Not for me", 1), staff).get(0);
		gatherings.answer(declined.id(), noor, Answer.NO);
		LocalDate commitmentEnds = enrolments.ofVolunteer(noor.id()).get(0).commitmentEndsOn();

		MvcTestResult feed = mvc.get().uri(path(feeds.newAddress(noor))).exchange();

		assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		assertThat(feed.getResponse().getHeader("Cache-Control")).contains("no-store");
		String text = feed.getResponse().getContentAsString();
		assertThat(text).contains("\r\n").doesNotContain("Not for me");
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).allSatisfy(event -> {
			assertThat(event.getProperty(Property.UID)).isPresent();
			assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
		});
		assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
			.doesNotHaveDuplicates()
			.contains("gathering-" + series.get(0).id() + "@hearth", "gathering-" + series.get(1).id() + "@hearth",
					"checkin-reminder-" + noor.id() + "@hearth");
		VEvent first = event(events, "gathering-" + series.get(0).id() + "@hearth");
		assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("Training “Holding hope, together; with care”");
		DtStart<?> start = first.getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
		assertThat(Instant.from(start.getDate())).isEqualTo(series.get(0).startsAt());
		assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("https://meet.example.org/hope");
		assertThat(event(events, "checkin-reminder-" + noor.id() + "@hearth").getProperty(Property.RRULE)
			.orElseThrow()
			.getValue()).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
		assertThat(events)
			.filteredOn(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().contains("commitment"))
			.singleElement()
			.satisfies(e -> assertThat(e.getProperty(Property.DTSTART).orElseThrow().getValue())
				.isEqualTo(commitmentEnds.toString().replace("-", "")));
	}

	@Test
	void opensOnlyWithTheLatestSecretAndNeverForASuspendedPerson() {
		HearthUser noor = new ServingVolunteers(catalog, accounts, leads, enrolments).volunteer();
		String old = path(feeds.newAddress(noor));
		assertThat(mvc.get().uri(old)).hasStatusOk();

		String current = path(feeds.newAddress(noor));

		assertThat(mvc.get().uri(old)).hasStatus(404);
		assertThat(mvc.get().uri(current)).hasStatusOk();
		assertThat(mvc.get().uri(current.replace(current.substring(10, 14), "AAAA"))).hasStatus(404);
		assertThat(mvc.get().uri("/calendar/" + noor.id() + ".ics").with(user(noor))).hasStatus(404);

		access.suspend(noor.id(), "a critical case is reviewed");

		assertThat(mvc.get().uri(current)).hasStatus(404);
	}

	@Test
	void showsANewAddressOnceAndTurnsTheFeedOff() throws Exception {
		HearthUser noor = new ServingVolunteers(catalog, accounts, leads, enrolments).volunteer();

		MvcTestResult made = mvc.post().uri("/calendar/address").with(user(noor)).with(csrf()).exchange();

		assertThat(made).hasStatusOk().bodyText().contains("Copy it now", "/calendar/", ".ics");
		String body = made.getResponse().getContentAsString();
		String address = body.substring(body.indexOf("/calendar/", body.indexOf("id=\"address\"")),
				body.indexOf(".ics", body.indexOf("id=\"address\"")) + 4);
		assertThat(mvc.get().uri(address)).hasStatusOk();
		assertThat(mvc.get().uri("/calendar").with(user(noor))).bodyText()
			.contains("Your feed is on")
			.doesNotContain(address);

		assertThat(mvc.post().uri("/calendar/off").with(user(noor)).with(csrf())).hasStatus3xxRedirection();

		assertThat(mvc.get().uri(address)).hasStatus(404);
	}

	private GatheringPlan plan(HearthUser volunteer, String title, int months) {
		ProgramId program = enrolments.ofVolunteer(volunteer.id()).get(0).program();
		return new GatheringPlan(GatheringKind.TRAINING, title, "Line one\nline two", LocalDate.now(OSLO).plusDays(6),
				LocalTime.of(18, 0), OSLO, 60, Venue.online("https://meet.example.org/hope"),
				new Audience(program, true, false, false), null, months);
	}

	private static VEvent event(List<VEvent> events, String uid) {
		return events.stream()
			.filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow();
	}

	/** The path of a feed address, without the host. */
	private static String path(String address) {
		return address.substring(address.indexOf("/calendar/"));
	}

}
