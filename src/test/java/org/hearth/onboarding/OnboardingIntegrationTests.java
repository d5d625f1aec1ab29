package org.hearth.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.StatementCounter;
import org.hearth.shared.RequestRefused;
import org.hearth.TestMail;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.people.AccessControl;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.volunteering.Enrolled;
import org.hearth.volunteering.EnrolmentState;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceRecordEntry;
import org.hearth.volunteering.Volunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@HearthTest
class OnboardingIntegrationTests {

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
	Volunteers volunteers;

	@Autowired
	Expiries expiries;

	@Autowired
	AccessControl access;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	OnboardingFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new OnboardingFixture(catalog, policies, accounts, onboarding, courses, acknowledgements, checks,
				leads);
	}

	@Test
	void activatesWithALeadWhenEveryRequirementIsMet() {
		HearthUser person = fixture.applicant();
		Application application = fixture.readyToActivate(person);

		Enrolled enrolment = onboarding.activate(application.id(), fixture.lead.id(), application.version());

		assertThat(enrolment.state()).isEqualTo(EnrolmentState.ACTIVE);
		assertThat(enrolment.lead()).isEqualTo(fixture.lead.id());
		assertThat(onboarding.find(application.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.ACTIVE);
		assertThat(accounts.find(person.id()).orElseThrow().role()).isEqualTo(Role.VOLUNTEER);
		assertThat(volunteers.leadFor(person.id())).contains(fixture.lead.id());
		assertThat(volunteers.serviceRecord(person.id())).extracting(ServiceRecordEntry::kind)
			.contains("enrolment", "lead", "course", "acknowledgement");
		assertThat(audit.find(new AuditQuery(null, null, "application", application.id().toString(), null, null), 20))
			.extracting(entry -> entry.action())
			.contains("application.submitted", "application.accepted", "application.activated");
		assertThat(audit.find(new AuditQuery(null, null, "enrolment", enrolment.id().toString(), null, null), 20))
			.extracting(entry -> entry.action())
			.contains("enrolment.activated", "lead.assigned");
		await().until(() -> TestMail.to(mail, person.email())
			.stream()
			.anyMatch(message -> TestMail.text(message)
				.contains("Your lead volunteer is " + fixture.lead.displayName())));
	}

	@Test
	void refusesActivationWithTheListOfWhatIsMissing() {
		HearthUser person = fixture.applicant();
		Application application = onboarding.apply(person.id(), fixture.role.id(), OnboardingFixture.details());
		Application accepted = onboarding.accept(application.id(), application.version());

		assertThat(onboarding.decision(accepted)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.missing()).hasSize(4));
		assertThatThrownBy(() -> onboarding.activate(accepted.id(), fixture.lead.id(), accepted.version()))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Pass the course " + fixture.course.name())
			.hasMessageContaining("background check");
		assertThat(enrolments.ofVolunteer(person.id())).isEmpty();
	}

	@Test
	void letsOnlyOneOfTwoConcurrentApprovalsWin() throws Exception {
		HearthUser person = fixture.applicant();
		Application application = fixture.acceptedForOpenRole(person);
		HearthUser otherLead = fixture.anotherLead(leads, 5, "English", "Europe/Paris");
		var barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (HearthUser lead : List.of(fixture.lead, otherLead)) {
				futures.add(pool.submit(() -> {
					try {
						barrier.await();
						outcomes.add(onboarding.activate(application.id(), lead.id(), application.version()));
					}
					catch (Exception ex) {
						outcomes.add(ex);
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(outcomes).hasSize(2);
		assertThat(outcomes).filteredOn(Enrolled.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Exception.class::isInstance).hasSize(1);
		assertThat(enrolments.ofVolunteer(person.id())).hasSize(1);
		assertThat(jdbc.sql(
				"select count(*) from lead_assignment a join enrolment e on e.id = a.enrolment_id where e.person_id = :p")
			.param("p", person.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesGentlyAnApplicationFromAPermanentlyRemovedPerson() {
		HearthUser person = fixture.applicant();
		access.removePermanently(person.id(), "Advised a member to harm themselves");

		assertThat(onboarding.mayApply(person.id())).isFalse();
		assertThatThrownBy(() -> onboarding.apply(person.id(), fixture.openRole.id(), OnboardingFixture.details()))
			.isInstanceOf(RequestRefused.class)
			.hasMessage("We're sorry, but you can't apply to serve with us.");
	}

	@Test
	void endsEveryEnrolmentAndApplicationOnPermanentRemoval() {
		Enrolled enrolment = fixture.activeVolunteer();
		Application open = onboarding.apply(enrolment.volunteer(), fixture.openRole.id(), OnboardingFixture.details());

		access.removePermanently(enrolment.volunteer(), "Permanent removal decided by staff");

		await().untilAsserted(() -> {
			assertThat(enrolments.find(enrolment.id()).orElseThrow().state()).isEqualTo(EnrolmentState.REMOVED);
			assertThat(onboarding.find(open.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		});
		assertThat(volunteers.leadFor(enrolment.volunteer())).isEmpty();
		assertThat(volunteers.ledBy(fixture.lead.id())).doesNotContain(enrolment.volunteer());
		assertThat(audit
			.find(new AuditQuery(null, "enrolment.removed", "enrolment", enrolment.id().toString(), null, null), 5))
			.hasSize(1);
	}

	@Test
	void disqualifiesAfterAFailedCheckAndShowsTheRolesStillOpen() {
		HearthUser person = fixture.applicant();
		Application application = onboarding.apply(person.id(), fixture.role.id(), OnboardingFixture.details());
		Application accepted = onboarding.accept(application.id(), application.version());
		assertThatThrownBy(() -> onboarding.disqualify(accepted.id(), accepted.version()))
			.isInstanceOf(RequestRefused.class);

		checks.record(person.id(), BackgroundCheckStatus.FAILED, "REF-F", null);
		Application disqualified = onboarding.disqualify(accepted.id(), accepted.version());

		assertThat(disqualified.status()).isEqualTo(ApplicationStatus.DISQUALIFIED);
		assertThat(onboarding.stillOpen(disqualified)).extracting(ProgramRole::id)
			.contains(fixture.openRole.id())
			.doesNotContain(fixture.role.id());
		await().until(() -> TestMail.to(mail, person.email())
			.stream()
			.anyMatch(message -> TestMail.text(message).contains("still open to you")));
	}

	@Test
	void asksVolunteersAgainWhenAPolicyHasANewVersion() {
		Enrolled enrolment = fixture.activeVolunteer();
		String email = accounts.find(enrolment.volunteer()).orElseThrow().email();

		policies.publishVersion(fixture.policy, "Be kind. Refer and defer. Ask for a debrief.", "Adds debriefs");

		assertThat(acknowledgements.outstanding()).extracting(Acknowledgements.Outstanding::volunteer)
			.contains(enrolment.volunteer());
		await().until(() -> TestMail.to(mail, email)
			.stream()
			.anyMatch(message -> TestMail.text(message).contains("There is a new version (2)")));
		acknowledgements.acknowledge(enrolment.volunteer(), fixture.policy, 2);
		assertThat(acknowledgements.outstanding()).extracting(Acknowledgements.Outstanding::volunteer)
			.doesNotContain(enrolment.volunteer());
	}

	@Test
	void refusesAcknowledgingAnOlderVersion() {
		HearthUser person = fixture.applicant();
		policies.publishVersion(fixture.policy, "Second version", "Second");

		assertThatThrownBy(() -> acknowledgements.acknowledge(person.id(), fixture.policy, 1))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("version 2");
	}

	@Test
	void listsExpiringChecksAheadOfTimeAndTellsTheVolunteerOnce() {
		Enrolled enrolment = fixture.activeVolunteer();
		String email = accounts.find(enrolment.volunteer()).orElseThrow().email();
		checks.record(enrolment.volunteer(), BackgroundCheckStatus.CLEAR, "REF-SOON", LocalDate.now().plusDays(20));

		assertThat(expiries.dueBy(LocalDate.now()))
			.filteredOn(expiry -> expiry.volunteer().equals(enrolment.volunteer()))
			.singleElement()
			.satisfies(expiry -> assertThat(expiry.dueOn()).isEqualTo(LocalDate.now().plusDays(20)));

		expiries.notify(LocalDate.now());
		expiries.notify(LocalDate.now());

		await().until(() -> TestMail.to(mail, email)
			.stream()
			.anyMatch(message -> TestMail.text(message).contains("Background check needs renewing")));
		assertThat(TestMail.to(mail, email)
			.stream()
			.filter(message -> TestMail.text(message).contains("Background check needs renewing"))).hasSize(1);
	}

	@Test
	void readsExpiriesWithAsManyStatementsForFourVolunteersAsForOne() {
		fixture.activeVolunteer();
		expiries.dueBy(LocalDate.now());
		int one = StatementCounter.statementsOf(() -> expiries.dueBy(LocalDate.now()));
		for (int i = 0; i < 3; i++) {
			fixture.activeVolunteer();
		}
		int four = StatementCounter.statementsOf(() -> expiries.dueBy(LocalDate.now()));

		assertThat(four).isEqualTo(one).isPositive();
	}

	@Test
	void recordsEveryQuizAttemptAndPassesAtThePassMark() {
		HearthUser person = fixture.applicant();

		assertThat(courses.attempt(fixture.course.id(), person.id(), List.of(0, 0)).passed()).isFalse();
		assertThat(courses.attempt(fixture.course.id(), person.id(), List.of(1, 0)).passed()).isTrue();

		assertThat(courses.attempts(fixture.course.id(), person.id())).hasSize(2);
		assertThat(
				audit.find(new AuditQuery(null, "requirement.course", "person", person.id().toString(), null, null), 5))
			.hasSize(2);
	}

}
