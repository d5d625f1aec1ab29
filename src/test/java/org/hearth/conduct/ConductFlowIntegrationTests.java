package org.hearth.conduct;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.people.Access;
import org.hearth.people.AccessControl;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.screening.Action;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.screening.WordingCheck;
import org.hearth.volunteering.Volunteers;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;

/**
 * The conduct module with the modules it depends on, on PostgreSQL, through its event
 * flows: screening hit → suspension → critical case → decision → removal, and what
 * survives a crash.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "site")
@MockitoBean(types = { Volunteers.class, WordingCheck.class })
class ConductFlowIntegrationTests {

	/**
	 * How the event publication registry names the conduct module's screening listener.
	 */
	static final String SCREENING_LISTENER = ScreeningHits.class.getName() + ".on(" + ScreeningFlagged.class.getName()
			+ ")";

	static final String RATIONALE = "The message urged a member to end their life; the Code sets permanent removal.";

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	AccessControl accessControl;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Reports reports;

	@Autowired
	ConductDesk desk;

	@Autowired
	VolunteerConduct conduct;

	@Autowired
	CaseStore cases;

	@Autowired
	Volunteers volunteers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	IncompleteEventPublications incompletePublications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void suspendsAtOnceAndOpensCriticalCaseForScreenedSelfHarmEncouragement(Scenario scenario) {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String token = tokens.create(volunteer.id(), "discord bot");

		// The suspension happens in the listener's thread; wait for its effect rather
		// than for
		// the event, which a scenario only sees on threads it started itself.
		scenario.publish(selfHarmHit(volunteer.id()))
			.andWaitForStateChange(() -> accessOf(volunteer.id()) == Access.SUSPENDED ? openCase(volunteer.id()) : null)
			.andVerify(found -> {
				assertThat(tokens.authenticate(token)).isEmpty();
				ConductCase critical = found.orElseThrow();
				assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
				assertThat(SuspensionsHeard.heard).anySatisfy(suspended -> {
					assertThat(suspended.volunteer()).isEqualTo(volunteer.id());
					assertThat(suspended.caseId()).isEqualTo(critical.id());
				});
				assertThat(desk.queue(ConductDesk.QueueFilter.open(), null).get(0).severity())
					.isEqualTo(Severity.CRITICAL);
			});
	}

	/** Hears every {@link VolunteerSuspended}, on whichever thread it is published. */
	@TestConfiguration
	static class SuspensionsHeard {

		static final java.util.List<VolunteerSuspended> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.springframework.context.event.EventListener
		void on(VolunteerSuspended event) {
			heard.add(event);
		}

	}

	@Test
	void removesVolunteerPermanentlyWhenStaffConfirmTheCriticalCase(Scenario scenario) {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		scenario.publish(selfHarmHit(volunteer.id()))
			.andWaitForStateChange(() -> openCase(volunteer.id()))
			.andVerify(found -> assertThat(found).isPresent());
		ConductCase critical = openCase(volunteer.id()).orElseThrow();

		scenario
			.stimulate(
					() -> desk.decide(critical.id(), critical.version(), Outcome.PERMANENT_REMOVAL, RATIONALE, staff))
			.andWaitForEventOfType(VolunteerRemoved.class)
			.matching(removed -> removed.volunteer().equals(volunteer.id()))
			.toArriveAndVerify(removed -> {
				assertThat(removed.permanent()).isTrue();
				assertThat(accessOf(volunteer.id())).isEqualTo(Access.REMOVED);
				assertThat(accessControl.isPermanentlyRemoved(volunteer.id())).isTrue();
			});
		await().until(() -> !TestMail.to(mail, volunteer.email()).isEmpty());
		assertThat(TestMail.text(TestMail.to(mail, volunteer.email()).get(0))).contains("Permanent removal", RATIONALE);
	}

	@Test
	void endsTheVolunteersServiceWhenStaffDecideRemovalFromTheRole(Scenario scenario) {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		scenario.publish(selfHarmHit(volunteer.id()))
			.andWaitForStateChange(() -> openCase(volunteer.id()))
			.andVerify(found -> assertThat(found).isPresent());
		ConductCase critical = openCase(volunteer.id()).orElseThrow();

		scenario.stimulate(() -> desk.decide(critical.id(), critical.version(), Outcome.REMOVAL, RATIONALE, staff))
			.andWaitForEventOfType(VolunteerRemoved.class)
			.matching(removed -> removed.volunteer().equals(volunteer.id()))
			.toArriveAndVerify(removed -> {
				assertThat(removed.permanent()).isFalse();
				verify(volunteers).endService(eq(volunteer.id()), contains("Removal"));
				assertThat(accessControl.isPermanentlyRemoved(volunteer.id())).isFalse();
			});
	}

	@Test
	void filesAScreeningHitStoredBeforeACrashOnceItIsResubmitted() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		ScreeningFlagged hit = selfHarmHit(volunteer.id());
		// What the registry holds when the process dies after the commit and before the
		// listener ran.
		transactions.executeWithoutResult(
				status -> registry.store(hit, Stream.of(PublicationTargetIdentifier.of(SCREENING_LISTENER))));
		assertThat(openCase(volunteer.id())).isEmpty();
		assertThat(incompleteFor(hit)).isEqualTo(1);

		incompletePublications
			.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ScreeningFlagged flagged
					&& flagged.screeningId().equals(hit.screeningId()));

		await().untilAsserted(() -> {
			assertThat(openCase(volunteer.id())).get().extracting(ConductCase::severity).isEqualTo(Severity.CRITICAL);
			assertThat(accessOf(volunteer.id())).isEqualTo(Access.SUSPENDED);
			assertThat(incompleteFor(hit)).isZero();
		});
	}

	@Test
	void filesTheSameScreeningHitOnceWhenItIsDeliveredTwice() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		ScreeningFlagged hit = new ScreeningFlagged(UUID.randomUUID(), volunteer.id(), null, AuthorRole.VOLUNTEER,
				Map.of(Category.HARASSMENT, org.hearth.screening.Severity.HIGH), org.hearth.screening.Severity.HIGH,
				Action.OPEN_CASE, "discord", "msg-1", "you are pathetic", Instant.now());

		reports.fileScreeningHit(hit);
		reports.fileScreeningHit(hit);

		assertThat(jdbc.sql("select count(*) from conduct_report where screening_id = :id")
			.param("id", hit.screeningId())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(accessOf(volunteer.id())).isEqualTo(Access.ACTIVE);
	}

	@Test
	void filesNoCaseAboutAMemberWhoseMessageSignalsCrisis() {
		String handle = "discord:" + UUID.randomUUID();
		ScreeningFlagged hit = new ScreeningFlagged(UUID.randomUUID(), null, handle, AuthorRole.MEMBER,
				Map.of(Category.CRISIS, org.hearth.screening.Severity.CRITICAL), org.hearth.screening.Severity.CRITICAL,
				Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT, "discord", "msg-2", "tonight is the night",
				Instant.now());

		reports.fileScreeningHit(hit);

		assertThat(casesAboutMember(handle)).isZero();
		assertThat(reportsOf(hit)).isZero();
	}

	@Test
	void asksTheLeadForADebriefNotACaseWhenAVolunteersOwnMessageSignalsCrisis() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		ScreeningFlagged hit = new ScreeningFlagged(UUID.randomUUID(), volunteer.id(), null, AuthorRole.VOLUNTEER,
				Map.of(Category.CRISIS, org.hearth.screening.Severity.HIGH), org.hearth.screening.Severity.HIGH,
				Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES, "discord", "msg-3", "I can't do this anymore",
				Instant.now());

		reports.fileScreeningHit(hit);

		assertThat(openCase(volunteer.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from conduct_debrief where volunteer_id = :id")
			.param("id", volunteer.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(accessOf(volunteer.id())).isEqualTo(Access.ACTIVE);
	}

	@Test
	void filesTheHarassmentOfAMemberButNeverTheirCrisis() {
		String handle = "forum:" + UUID.randomUUID();
		ScreeningFlagged hit = new ScreeningFlagged(UUID.randomUUID(), null, handle, AuthorRole.MEMBER,
				Map.of(Category.CRISIS, org.hearth.screening.Severity.CRITICAL, Category.HARASSMENT,
						org.hearth.screening.Severity.MEDIUM),
				org.hearth.screening.Severity.CRITICAL, Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT, "forum", "post-4",
				"you're all useless and I'm done with life", Instant.now());

		reports.fileScreeningHit(hit);

		assertThat(casesAboutMember(handle)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select c.severity || ' ' || r.category || ' ' || r.what_happened from conduct_case c
				join conduct_report r on r.case_id = c.id where r.screening_id = :id""")
			.param("id", hit.screeningId())
			.query(String.class)
			.single()).startsWith("HIGH HARASSMENT").doesNotContain("CRISIS").doesNotContain("crisis_resources");
	}

	@Test
	void filesTheMessagesOfMembersNobodyCouldNameOnCasesOfTheirOwn() {
		String first = "post-" + UUID.randomUUID();
		String second = "post-" + UUID.randomUUID();
		for (String ref : List.of(first, second, first)) {
			reports.fileScreeningHit(new ScreeningFlagged(UUID.randomUUID(), null, null, AuthorRole.MEMBER,
					Map.of(Category.HARASSMENT, org.hearth.screening.Severity.MEDIUM),
					org.hearth.screening.Severity.MEDIUM, Action.OPEN_CASE, "forum", ref, "you're all useless",
					Instant.now()));
		}

		assertThat(casesAboutMember("unknown member, forum message " + first)).isEqualTo(1);
		assertThat(casesAboutMember("unknown member, forum message " + second)).isEqualTo(1);
		assertThat(casesAboutMember("unknown member")).isZero();
		assertThat(jdbc
			.sql("select count(*) from conduct_report r join conduct_case c on r.case_id = c.id "
					+ "where c.subject_ref = :ref")
			.param("ref", "unknown member, forum message " + first)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private int casesAboutMember(String handle) {
		return jdbc.sql("select count(*) from conduct_case where subject_ref = :handle")
			.param("handle", handle)
			.query(Integer.class)
			.single();
	}

	private int reportsOf(ScreeningFlagged hit) {
		return jdbc.sql("select count(*) from conduct_report where screening_id = :id")
			.param("id", hit.screeningId())
			.query(Integer.class)
			.single();
	}

	@Test
	void refusesTheSecondOfTwoStaffDecidingOneCaseAtOnce() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser sam = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser jo = PeopleFixture.create(accounts, Role.STAFF);
		reports.file(harassment(volunteer.id()), reporter);
		ConductCase read = openCase(volunteer.id()).orElseThrow();
		var bothHaveRead = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Decision>> attempts = new ArrayList<>();
			for (var decision : List.of(new Object[] { sam, Outcome.WARNING },
					new Object[] { jo, Outcome.NO_ACTION })) {
				attempts.add(pool.submit(() -> transactions.execute(status -> {
					assertThat(cases.find(read.id()).orElseThrow().version()).isEqualTo(read.version());
					arriveAt(bothHaveRead);
					return desk.decide(read.id(), read.version(), (Outcome) decision[1],
							"Reviewed both accounts of the conversation in full.", (HearthUser) decision[0]);
				})));
			}
			int decided = 0;
			int refused = 0;
			for (Future<Decision> attempt : attempts) {
				try {
					attempt.get(30, TimeUnit.SECONDS);
					decided++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(OptimisticLockingFailureException.class)
						.hasMessageContaining("Someone else changed case");
					refused++;
				}
			}
			assertThat(decided).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		ConductCase after = cases.find(read.id()).orElseThrow();
		assertThat(after.decisions()).hasSize(1);
		assertThat(after.version()).isEqualTo(read.version() + 1);
	}

	@Test
	void suspendsAtOnceWhenTheVolunteersOwnLeadReportsSelfHarmEncouragement() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		given(volunteers.leads(lead.id(), volunteer.id())).willReturn(true);

		reports.file(selfHarmReport(volunteer.id()), lead);

		assertThat(accessOf(volunteer.id())).isEqualTo(Access.SUSPENDED);
		assertThat(openCase(volunteer.id())).get().extracting(ConductCase::severity).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void opensCriticalCaseWithoutSuspendingWhenALeadReportsAVolunteerTheyDoNotLead() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser otherLead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser ownLead = PeopleFixture.create(accounts, Role.LEAD);
		given(volunteers.leads(ownLead.id(), volunteer.id())).willReturn(true);

		reports.file(selfHarmReport(volunteer.id()), otherLead);

		assertThat(accessOf(volunteer.id())).isEqualTo(Access.ACTIVE);
		assertThat(openCase(volunteer.id())).get().satisfies(c -> {
			assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(cases.entries(c.id())).extracting(CaseEntry::kind).contains(CaseEntry.Kind.ESCALATION);
		});
	}

	@Test
	void opensCriticalCaseWithoutSuspendingWhenALeadReportsAnotherLead() {
		HearthUser subject = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser reporter = PeopleFixture.create(accounts, Role.LEAD);

		reports.file(selfHarmReport(subject.id()), reporter);

		assertThat(accessOf(subject.id())).isEqualTo(Access.ACTIVE);
		assertThat(openCase(subject.id())).get().extracting(ConductCase::severity).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void aMoreSevereReportJoiningAnOpenCaseLeadsItsTitle() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);

		reports.file(harassment(volunteer.id()), reporter);
		reports.file(selfHarmReport(volunteer.id()), reporter);

		assertThat(openCase(volunteer.id())).get().satisfies(c -> {
			assertThat(c.title())
				.isEqualTo(ReportCategory.SELF_HARM_ENCOURAGEMENT.label() + ", " + ReportCategory.HARASSMENT.label());
			assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
		});
	}

	@Test
	void opensCriticalCaseWithoutSuspendingWhenAVolunteerReportsSelfHarmEncouragement() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);

		reports.file(selfHarmReport(volunteer.id()), reporter);

		assertThat(accessOf(volunteer.id())).isEqualTo(Access.ACTIVE);
		assertThat(openCase(volunteer.id())).get().extracting(ConductCase::severity).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void restoresAccessWhenStaffLiftTheSuspension(Scenario scenario) {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		given(volunteers.leads(lead.id(), volunteer.id())).willReturn(true);
		reports.file(selfHarmReport(volunteer.id()), lead);
		ConductCase critical = openCase(volunteer.id()).orElseThrow();

		scenario.stimulate(() -> desk.liftSuspension(critical.id(), "The quote was the member's own words.", staff))
			.andWaitForEventOfType(VolunteerSuspensionLifted.class)
			.matching(lifted -> lifted.volunteer().equals(volunteer.id()))
			.toArriveAndVerify(lifted -> assertThat(accessOf(volunteer.id())).isEqualTo(Access.ACTIVE));
	}

	@Test
	void opensStaffReviewWhenWarningsReachTheThresholdWithinTheWindow() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		for (int i = 0; i < 3; i++) {
			assertThat(openCase(volunteer.id())).isEmpty();
			reports.file(harassment(volunteer.id()), reporter);
			ConductCase c = openCase(volunteer.id()).orElseThrow();
			desk.decide(c.id(), c.version(), Outcome.WARNING, "A harsh reply to a member; a formal warning.", staff);
		}

		assertThat(cases.warnings(volunteer.id())).hasSize(3);
		ConductCase review = openCase(volunteer.id()).orElseThrow();
		assertThat(review.severity()).isEqualTo(Severity.HIGH);
		assertThat(cases.entries(review.id())).extracting(CaseEntry::text)
			.anySatisfy(text -> assertThat(text).contains("Review opened automatically", "3 warnings"));
	}

	@Test
	void stopsCountingAWarningOverturnedOnAppeal() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser colleague = PeopleFixture.create(accounts, Role.STAFF);
		reports.file(harassment(volunteer.id()), reporter);
		ConductCase appealed = openCase(volunteer.id()).orElseThrow();
		Decision warning = desk.decide(appealed.id(), appealed.version(), Outcome.WARNING,
				"A harsh reply to a member; a formal warning.", staff);
		conduct.appeal(warning.id(), "I was quoting the member's own words back to report them.", volunteer);
		desk.decideAppeal(appealed.id(), cases.find(appealed.id()).orElseThrow().version(), Outcome.FEEDBACK,
				"The words were a quotation; feedback on quoting with care is enough.", colleague);
		for (int i = 0; i < 2; i++) {
			reports.file(harassment(volunteer.id()), reporter);
			ConductCase c = openCase(volunteer.id()).orElseThrow();
			desk.decide(c.id(), c.version(), Outcome.WARNING, "A harsh reply to a member; a formal warning.", staff);
		}

		assertThat(cases.warnings(volunteer.id())).hasSize(3)
			.filteredOn(CaseStore.Warning::counts)
			.hasSize(2)
			.noneMatch(w -> w.caseId().equals(appealed.id()));
		assertThat(openCase(volunteer.id())).as("no review for two warnings that stand").isEmpty();
		assertThat(conduct.decisionsAbout(volunteer.id())).filteredOn(notice -> notice.id().equals(warning.id()))
			.singleElement()
			.satisfies(notice -> assertThat(notice.overturnedTo()).isEqualTo(Outcome.FEEDBACK));
	}

	@Test
	void routesAVolunteersDistressToTheirLeadAsADebriefNotACase() throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		given(volunteers.leadFor(volunteer.id())).willReturn(Optional.of(lead.id()));

		ReportStatus status = reports.file(new NewReport(null, ReportCategory.EMOTIONAL_DISTRESS,
				"A member's story stayed with me all evening.", null, null, null, true, false), volunteer);

		assertThat(status.status()).isEqualTo("Debrief requested");
		assertThat(openCase(volunteer.id())).isEmpty();
		await().until(() -> !TestMail.to(mail, lead.email()).isEmpty());
		assertThat(TestMail.to(mail, lead.email()).get(0).getSubject()).contains("asked for a debrief");
	}

	private Optional<ConductCase> openCase(PersonId volunteer) {
		return cases.findOpen(Subject.volunteer(volunteer));
	}

	private Access accessOf(PersonId person) {
		return accounts.find(person).orElseThrow().access();
	}

	private int incompleteFor(ScreeningFlagged hit) {
		return (int) registry.findIncompletePublications()
			.stream()
			.filter(publication -> publication.getEvent() instanceof ScreeningFlagged flagged
					&& flagged.screeningId().equals(hit.screeningId()))
			.count();
	}

	private static void arriveAt(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ScreeningFlagged selfHarmHit(PersonId volunteer) {
		return new ScreeningFlagged(UUID.randomUUID(), volunteer, null, AuthorRole.VOLUNTEER,
				Map.of(Category.SELF_HARM_ENCOURAGEMENT, org.hearth.screening.Severity.CRITICAL),
				org.hearth.screening.Severity.CRITICAL, Action.SUSPEND_AND_OPEN_CRITICAL_CASE, "discord",
				"channel-9/msg-77", "just kys already", Instant.now());
	}

	static NewReport selfHarmReport(PersonId volunteer) {
		return new NewReport(Subject.volunteer(volunteer), ReportCategory.SELF_HARM_ENCOURAGEMENT,
				"They told a member in the support channel to end it.", "\"just end it\"", null, null, true, false);
	}

	static NewReport harassment(PersonId volunteer) {
		return new NewReport(Subject.volunteer(volunteer), ReportCategory.HARASSMENT,
				"They mocked a member for asking for help, twice.", null, null, null, true, false);
	}

}
