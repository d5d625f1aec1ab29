package org.hearth.volunteering;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.shared.RequestRefused;
import org.hearth.TestMail;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.OnboardingFixture;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.Person;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@HearthTest
class VolunteeringIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	Accounts accounts;

	@Autowired
	Onboarding onboarding;

	@Autowired
	Courses courses;

	@Autowired
	Acknowledgements acknowledgements;

	@Autowired
	BackgroundChecks checks;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Autowired
	ServiceLog serviceLog;

	@Autowired
	Volunteers volunteers;

	@Autowired
	VolunteeringJobs jobs;

	@Autowired
	AuditLog audit;

	@Autowired
	org.hearth.people.AccessControl access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	OnboardingFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
	}

	HearthUser user(Enrolment enrolment) {
		Person person = accounts.findPerson(enrolment.volunteer()).orElseThrow();
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), null, person.access(),
				null);
	}

	@Test
	void routesToTheCoverLeadWhileTheLeadIsAway() {
		Enrolment enrolment = activeVolunteer();
		HearthUser cover = fixture.anotherLead(leads, 3, "English", "Europe/London");

		leads.goAway(fixture.lead.id(), LocalDate.now().plusDays(7), cover.id());

		assertThat(volunteers.leadFor(enrolment.volunteer())).contains(cover.id());
		assertThat(volunteers.leads(cover.id(), enrolment.volunteer())).isTrue();
		assertThat(volunteers.leads(fixture.lead.id(), enrolment.volunteer())).isTrue();
		assertThat(volunteers.ledBy(cover.id())).contains(enrolment.volunteer());

		leads.comeBack(fixture.lead.id());
		assertThat(volunteers.leadFor(enrolment.volunteer())).contains(fixture.lead.id());
		assertThat(volunteers.leads(cover.id(), enrolment.volunteer())).isFalse();
	}

	@Test
	void reassignsEveryVolunteerWhenTheLeadStepsDownAndKeepsWhoLedWhom() {
		Enrolment first = activeVolunteer();
		Enrolment second = activeVolunteer();
		HearthUser french = fixture.anotherLead(leads, 5, "French", "Europe/Paris");

		assertThat(leads.stepDown(fixture.lead.id(), "Starting university")).isEqualTo(2);

		for (Enrolment enrolment : java.util.List.of(first, second)) {
			assertThat(volunteers.leadFor(enrolment.volunteer())).contains(french.id());
			assertThat(enrolments.leadHistory(enrolment.id())).extracting(Enrolments.LeadPeriod::lead)
				.containsExactly(french.id(), fixture.lead.id());
			assertThat(enrolments.leadHistory(enrolment.id()).get(1).to()).isNotNull();
			assertThat(audit
				.find(new AuditQuery(null, "lead.assigned", "enrolment", enrolment.id().toString(), null, null), 5))
				.hasSize(2);
		}
		assertThat(volunteers.ledBy(fixture.lead.id())).isEmpty();
	}

	@Test
	void reassignsTheVolunteersOfALeadRemovedPermanently() {
		Enrolment enrolment = activeVolunteer();
		HearthUser other = fixture.anotherLead(leads, 5, "English", "Europe/London");

		access.removePermanently(fixture.lead.id(), "Permanent removal decided by staff");

		await().untilAsserted(() -> assertThat(volunteers.leadFor(enrolment.volunteer())).contains(other.id()));
		assertThat(leads.find(fixture.lead.id(), fixture.program.id()).orElseThrow().serving()).isFalse();
	}

	@Test
	void refusesSteppingDownWhenNoOtherLeadHasRoom() {
		Enrolment enrolment = activeVolunteer();

		assertThatThrownBy(() -> leads.stepDown(fixture.lead.id(), null)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("No other lead");
		assertThat(volunteers.leadFor(enrolment.volunteer())).contains(fixture.lead.id());
		assertThat(leads.find(fixture.lead.id(), fixture.program.id()).orElseThrow().serving()).isTrue();
	}

	@Test
	void refusesALeadWithoutRoom() {
		HearthUser full = fixture.anotherLead(leads, 1, "English", "UTC");
		Enrolment enrolment = activeVolunteer();
		enrolments.reassign(enrolment.id(), full.id(), "Closer time zone");
		Enrolment another = activeVolunteer();

		assertThatThrownBy(() -> enrolments.reassign(another.id(), full.id(), "Closer time zone"))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("no room");
	}

	@Test
	void neverFillsALeadPastTheirCapacityWhenTwoReassignmentsComeAtOnce() throws Exception {
		HearthUser roomForOne = fixture.anotherLead(leads, 1, "English", "UTC");
		Enrolment first = activeVolunteer();
		Enrolment second = activeVolunteer();
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var outcomes = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
		for (Enrolment enrolment : java.util.List.of(first, second)) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					enrolments.reassign(enrolment.id(), roomForOne.id(), "Closer time zone");
					return true;
				}
				catch (RequestRefused refused) {
					return false;
				}
			}));
		}
		start.countDown();
		int connected = 0;
		for (var outcome : outcomes) {
			connected += outcome.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();

		assertThat(connected).isEqualTo(1);
		assertThat(leads.find(roomForOne.id(), fixture.program.id()).orElseThrow().load()).isEqualTo(1);
	}

	@Test
	void refusesAReasonThatShowsNothingAndALeadWhoIsAway() {
		HearthUser other = fixture.anotherLead(leads, 3, "English", "UTC");
		HearthUser cover = fixture.anotherLead(leads, 3, "English", "UTC");
		Enrolment enrolment = activeVolunteer();

		assertThatThrownBy(() -> enrolments.reassign(enrolment.id(), other.id(), "\u00a0\u200b\u2060"))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Say why");
		leads.goAway(other.id(), LocalDate.now().plusDays(5), cover.id());
		assertThatThrownBy(() -> enrolments.reassign(enrolment.id(), other.id(), "Closer time zone"))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("is away until");
		assertThat(enrolments.find(enrolment.id()).orElseThrow().lead()).isEqualTo(fixture.lead.id());
	}

	@Test
	void refusesAReassignmentWithoutAReason() {
		HearthUser other = fixture.anotherLead(leads, 3, "English", "UTC");
		Enrolment enrolment = activeVolunteer();

		assertThatThrownBy(() -> enrolments.reassign(enrolment.id(), other.id(), "  "))
			.isInstanceOf(RequestRefused.class)
			.hasMessage("Say why you are connecting them to another lead; it stays in their history.");
		assertThat(enrolments.find(enrolment.id()).orElseThrow().lead()).isEqualTo(fixture.lead.id());
	}

	@Test
	void countsApprovedServiceTowardsTheCommitment() {
		Enrolment enrolment = activeVolunteer();
		HearthUser volunteer = user(enrolment);
		ServiceEntry approved = serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), new BigDecimal("2"),
				"Evening");
		ServiceEntry declined = serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), new BigDecimal("5"), "Typo");

		assertThat(serviceLog.waitingFor(fixture.lead)).extracting(ServiceEntry::id)
			.contains(approved.id(), declined.id());
		serviceLog.decide(approved.id(), true, fixture.lead);
		serviceLog.decide(declined.id(), false, fixture.lead);

		assertThat(serviceLog.fulfilment(enrolment).served()).isEqualByComparingTo("2");
		assertThat(serviceLog.waitingFor(fixture.lead)).extracting(ServiceEntry::id).doesNotContain(approved.id());
	}

	@Test
	void doesNotLetAnotherLeadApproveService() {
		Enrolment enrolment = activeVolunteer();
		ServiceEntry entry = serviceLog.log(enrolment.id(), user(enrolment), LocalDate.now(), BigDecimal.ONE, "");
		HearthUser stranger = PeopleFixture.create(accounts, Role.LEAD);

		assertThatThrownBy(() -> serviceLog.decide(entry.id(), true, stranger))
			.isInstanceOf(org.hearth.shared.NotFound.class);
	}

	@Test
	void pausesTellsTheLeadAndRemindsOnceWhenThePauseEnds() {
		Enrolment enrolment = activeVolunteer();
		HearthUser volunteer = user(enrolment);
		LocalDate until = LocalDate.now().plusDays(3);

		enrolments.pause(enrolment.id(), volunteer, until);
		// E-mail leaves through the notification outbox, behind any mail earlier tests
		// queued while no mail server listened; allow for that backlog.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> TestMail.to(mail, fixture.lead.email())
				.stream()
				.anyMatch(message -> TestMail.text(message).contains("paused their service")));

		assertThat(enrolments.remindPausesEndedBy(until.minusDays(1))).isZero();
		enrolments.remindPausesEndedBy(until);
		enrolments.remindPausesEndedBy(until.plusDays(1));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> TestMail.to(mail, volunteer.email())
				.stream()
				.anyMatch(message -> TestMail.text(message).contains("Your pause from serving")));
		assertThat(TestMail.to(mail, volunteer.email())
			.stream()
			.filter(message -> TestMail.text(message).contains("Your pause from serving"))).hasSize(1);

		Enrolment resumed = enrolments.resume(enrolment.id(), volunteer);
		assertThat(resumed.state()).isEqualTo(EnrolmentState.ACTIVE);
	}

	@Test
	void runsTheDailyJobOnceADayAcrossInstances() {
		LocalDate day = LocalDate.of(2040, 1, 1).plusDays((long) (Math.random() * 3000));

		assertThat(jobs.runFor(day)).isTrue();
		assertThat(jobs.runFor(day)).isFalse();
	}

	@Test
	void letsTheDayGoWhenTheHourlyRunFailsSoTheNextHourTriesTheDayAgain() {
		Enrolment enrolment = activeVolunteer();
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("delete from volunteering_job_run where slot = :today").param("today", Date.valueOf(today)).update();
		jdbc.sql("update enrolment set commitment_ends_on = :today where id = :id")
			.param("today", Date.valueOf(today))
			.param("id", enrolment.id().value())
			.update();
		String refusal = "test_refuse_prompt_" + enrolment.id().value().toString().replace("-", "");
		jdbc.sql("""
				create function %s() returns trigger language plpgsql as $$
				begin
				    raise exception 'the test refuses this prompt for now';
				end $$""".formatted(refusal)).update();
		jdbc.sql("""
				create trigger %s before update on enrolment for each row
				when (new.id = '%s' and new.commitment_prompted_on is not null) execute function %s()"""
			.formatted(refusal, enrolment.id().value(), refusal)).update();
		try {
			assertThatThrownBy(jobs::hourly).isInstanceOf(DataAccessException.class);
			assertThat(claimed(today)).as("the day's claim after a failed run").isFalse();
		}
		finally {
			jdbc.sql("drop trigger %s on enrolment".formatted(refusal)).update();
			jdbc.sql("drop function %s()".formatted(refusal)).update();
		}

		jobs.hourly();

		assertThat(claimed(today)).isTrue();
		assertThat(jdbc.sql("select commitment_prompted_on from enrolment where id = :id")
			.param("id", enrolment.id().value())
			.query(Date.class)
			.single()).isEqualTo(Date.valueOf(today));
	}

	/** An active volunteer with the fixture's lead, as the enrolment itself. */
	private Enrolment activeVolunteer() {
		return enrolments.find(fixture.activeVolunteer().id()).orElseThrow();
	}

	private boolean claimed(LocalDate day) {
		return jdbc.sql("select count(*) from volunteering_job_run where job = :job and slot = :day")
			.param("job", VolunteeringJobs.DAILY)
			.param("day", Date.valueOf(day))
			.query(Integer.class)
			.single() == 1;
	}

	@Test
	void refusesAVolunteerActingOnSomeoneElsesEnrolment() {
		Enrolment enrolment = activeVolunteer();
		HearthUser other = PeopleFixture.create(accounts, Role.VOLUNTEER);

		assertThatThrownBy(() -> enrolments.pause(enrolment.id(), other, LocalDate.now().plusDays(3)))
			.isInstanceOf(org.hearth.shared.NotFound.class);
		assertThatThrownBy(() -> serviceLog.log(enrolment.id(), other, LocalDate.now(), BigDecimal.ONE, ""))
			.isInstanceOf(org.hearth.shared.NotFound.class);
	}

}
