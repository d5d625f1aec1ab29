package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestClock;
import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The daily job on a real database with a clock the test moves: weeks of check-ins, then
 * the day's alerts to the lead and to staff, once however often the day is run.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "site")
class CheckInJobsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	/** A Monday, far from the days other tests claim. */
	static final LocalDate START = LocalDate.of(2033, 5, 2);

	@TestConfiguration
	static class ControlledTime {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(START.atTime(9, 0).toInstant(ZoneOffset.UTC));
		}

	}

	@Autowired
	TestClock clock;

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

	@Autowired
	CheckInJobs jobs;

	@Autowired
	ServiceLog serviceLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tellsTheLeadOfAFallingTrendAHeavyWeekAndAMissedWeekOnceAndStaffWhenAlertsRepeat() {
		clock.set(START.atTime(9, 0).toInstant(ZoneOffset.UTC));
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser falling = serving.volunteer();
		HearthUser quiet = serving.volunteer();

		checkInOn(START.plusDays(2), falling, 4, "3");
		checkInOn(START.plusWeeks(1).plusDays(2), falling, 3, "5");
		checkInOn(START.plusWeeks(2).plusDays(2), falling, 1, "20");
		checkInOn(START.plusWeeks(1).plusDays(3), quiet, 4, "2");

		LocalDate day = START.plusWeeks(3).plusDays(1);
		clock.set(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
		assertThat(jobs.runFor(day)).isTrue();

		LocalDate lastWeek = START.plusWeeks(2);
		assertThat(alertsAbout(falling.id())).containsExactlyInAnyOrder("FALLING_WELL_BEING " + lastWeek,
				"LOW_WELL_BEING " + lastWeek, "HEAVY_WEEK " + lastWeek, "REPEATED " + Weeks.of(day));
		assertThat(alertsAbout(quiet.id())).containsExactly("MISSED_WEEK " + lastWeek);
		assertThat(subjectsTo(serving.lead.id())).contains(
				falling.displayName() + "'s well-being has been lower lately",
				falling.displayName() + " had a heavy week",
				"No check-in from " + quiet.displayName() + " for " + Weeks.named(lastWeek));
		assertThat(subjectsTo(staff.id())).filteredOn(subject -> subject.contains(falling.displayName()))
			.containsExactly("Several gentle alerts about " + falling.displayName());
		assertThat(subjectsTo(staff.id())).noneMatch(subject -> subject.contains(quiet.displayName()));

		int toLead = subjectsTo(serving.lead.id()).size();
		assertThat(jobs.runFor(day)).isFalse();
		int aboutBoth = alertsAbout(falling.id()).size() + alertsAbout(quiet.id()).size();
		jobs.raiseAlerts(day);
		assertThat(alertsAbout(falling.id()).size() + alertsAbout(quiet.id()).size()).isEqualTo(aboutBoth);
		clock.set(day.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC));
		assertThat(jobs.runFor(day.plusDays(1))).isTrue();
		assertThat(subjectsTo(serving.lead.id())).hasSize(toLead);
		assertThat(subjectsTo(staff.id())).filteredOn(subject -> subject.contains(falling.displayName())).hasSize(1);

		LocalDate silentDay = START.plusWeeks(1).plusDays(3).plusDays(14);
		clock.set(silentDay.atTime(6, 0).toInstant(ZoneOffset.UTC));
		assertThat(jobs.runFor(silentDay)).isTrue();
		assertThat(alertsAbout(quiet.id())).contains("SILENCE " + START.plusWeeks(1).plusDays(3));
		int aboutQuiet = alertsAbout(quiet.id()).size();
		jobs.raiseAlerts(silentDay.plusDays(3));
		assertThat(alertsAbout(quiet.id())).hasSize(aboutQuiet);
	}

	@Test
	void readsLongDaysHeavyWeeksAndContactFromTheServiceLog() {
		LocalDate monday = START.plusWeeks(40);
		clock.set(monday.atTime(8, 0).toInstant(ZoneOffset.UTC));
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		var enrolment = enrolments.ofVolunteer(volunteer.id()).get(0).id();
		for (int day = 0; day < 4; day++) {
			clock.set(monday.plusDays(day).atTime(20, 0).toInstant(ZoneOffset.UTC));
			serviceLog.log(enrolment, volunteer, monday.plusDays(day), new BigDecimal(day == 0 ? "5" : "4"), "");
		}
		clock.set(monday.plusDays(4).atTime(20, 0).toInstant(ZoneOffset.UTC));
		serviceLog.log(enrolment, volunteer, monday.plusDays(4), new BigDecimal("2"), "");

		LocalDate day = monday.plusDays(5);
		clock.set(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
		jobs.raiseAlerts(day);
		assertThat(alertsAbout(volunteer.id())).containsExactlyInAnyOrder("LONG_DAY " + monday, "HEAVY_WEEK " + monday);
		assertThat(subjectsTo(serving.lead.id())).contains(volunteer.displayName() + " had a long day",
				volunteer.displayName() + " had a heavy week");
		assertThat(checkIns.workload(volunteer.id()).heavy()).isTrue();

		LocalDate quiet = monday.plusDays(4).plusDays(13);
		jobs.raiseAlerts(quiet);
		assertThat(alertsAbout(volunteer.id())).as("service on the Friday counts as contact")
			.contains("MISSED_WEEK " + monday.plusWeeks(1))
			.noneMatch(alert -> alert.startsWith("SILENCE"));
		jobs.raiseAlerts(quiet.plusDays(1));
		assertThat(alertsAbout(volunteer.id())).contains("SILENCE " + monday.plusDays(4));
	}

	@Test
	void passesAWishForADebriefToTheLeadAtOnce() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		clock.set(START.plusWeeks(20).atTime(9, 0).toInstant(ZoneOffset.UTC));

		checkIns.checkIn(volunteer, checkIns.thisWeek(),
				new CheckInInput(WellBeing.OKAY, BigDecimal.ONE, "a hard conversation", "", true), 0);

		assertThat(subjectsTo(serving.lead.id())).containsExactly(volunteer.displayName() + " would like a debrief");
		assertThat(alertsAbout(volunteer.id())).containsExactly("DEBRIEF_WISH " + checkIns.thisWeek());
	}

	@Test
	void letsOnlyStaffTranscribeAnEarlierWeekAndOnlyOnce() {
		ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		clock.set(START.plusWeeks(30).atTime(9, 0).toInstant(ZoneOffset.UTC));
		LocalDate earlier = checkIns.thisWeek().minusWeeks(5);
		var input = new CheckInInput(WellBeing.GOOD, BigDecimal.TEN, "", "", false);

		assertThatThrownBy(() -> checkIns.transcribe(volunteer.id(), earlier, input, serving.lead))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Only staff transcribe");
		checkIns.transcribe(volunteer.id(), earlier, input, staff);
		assertThatThrownBy(() -> checkIns.transcribe(volunteer.id(), earlier, input, staff))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("already");
		assertThat(checkIns.of(volunteer.id(), earlier).orElseThrow().source()).isEqualTo(CheckIn.Source.LEAD);
	}

	private void checkInOn(LocalDate day, HearthUser volunteer, int wellBeing, String hours) {
		clock.set(day.atTime(18, 0).toInstant(ZoneOffset.UTC));
		checkIns.checkIn(volunteer, day,
				new CheckInInput(WellBeing.of(wellBeing), new BigDecimal(hours), "", "", false), 0);
	}

	private List<String> alertsAbout(PersonId volunteer) {
		return jdbc.sql("select kind, period from checkin_alert where volunteer_id = :id")
			.param("id", volunteer.value())
			.query((rs, n) -> rs.getString("kind") + " " + rs.getDate("period").toLocalDate())
			.list();
	}

	private List<String> subjectsTo(PersonId person) {
		return jdbc.sql("select subject from notification where recipient_id = :id and topic = 'RHYTHM'")
			.param("id", person.value())
			.query(String.class)
			.list();
	}

	static Instant at(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
