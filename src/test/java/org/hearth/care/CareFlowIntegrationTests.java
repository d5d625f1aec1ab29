package org.hearth.care;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.EarlierEscalations;
import org.hearth.TestClock;
import org.hearth.TestMail;
import org.hearth.care.Escalation.Outcome;
import org.hearth.care.Escalation.Rung;
import org.hearth.conduct.DebriefId;
import org.hearth.conduct.DebriefRequested;
import org.hearth.conduct.ReportCategory;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.shared.RequestRefused;
import org.hearth.screening.Action;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.screening.Severity;
import org.hearth.screening.WordingCheck;
import org.hearth.volunteering.Volunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;

/**
 * The crisis path end to end on a real database and a real SMTP server, with a clock the
 * test moves: screening event → resources chosen → alert → acknowledgement, and the
 * ladder when nobody acknowledges. Each test lives at its own hour, so the rotas of the
 * tests never overlap.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "site")
@MockitoBean(types = { Volunteers.class, WordingCheck.class })
class CareFlowIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@TestConfiguration
	static class ControlledTime {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
		}

	}

	@Autowired
	TestClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Escalations escalations;

	@Autowired
	EscalationStore store;

	@Autowired
	DutyRota rota;

	@Autowired
	VolunteersInDistress distress;

	@Autowired
	Volunteers volunteers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CrisisResources resources;

	@Autowired
	MemberStore members;

	@Autowired
	CareSettings settings;

	@Autowired
	Concerns concerns;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	HearthUser swat;

	@BeforeEach
	void aFacilitatorAtAnHourOfTheirOwn() {
		EarlierEscalations.setAside(jdbc);
		clock.set(Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(new java.util.Random().nextInt(3000))));
		swat = CareFixture.swatFacilitator(accounts);
	}

	@Test
	void answersAMembersCrisisWithResourcesAndAlertsTheFacilitatorOnDutyUntilAcknowledged(Scenario scenario)
			throws Exception {
		onDutyNow(swat);
		ScreeningFlagged hit = CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant());

		Escalation opened = published(scenario, hit);

		var file = escalations.open(opened.id());
		assertThat(file.member().platform()).isEqualTo(org.hearth.programs.Platform.DISCORD);
		assertThat(file.resources().fallback()).isTrue();
		assertThat(file.replies()).singleElement().satisfies(reply -> {
			assertThat(reply.platform()).isEqualTo("discord");
			assertThat(reply.text()).contains("findahelpline.com").contains("we care about you");
		});
		assertThat(file.ladder()).extracting(Escalations.Step::kind)
			.containsExactly("OPENED", "REPLY_QUEUED", "ALERTED");
		assertThat(file.ladder().get(2).detail()).contains(swat.displayName(), "SWAT Facilitator on duty");
		await().until(() -> !TestMail.to(mail, swat.email()).isEmpty());
		assertThat(TestMail.to(mail, swat.email()).get(0).getSubject()).contains("A member may be in danger");

		escalations.acknowledge(opened.id(), opened.version(), swat);
		clock.advance(Duration.ofHours(1));
		escalations.escalateOverdue();

		Escalation acknowledged = store.find(opened.id()).orElseThrow();
		assertThat(acknowledged.status()).isEqualTo(Escalation.Status.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledgedBy()).isEqualTo(swat.id());
		assertThat(acknowledged.rung()).isEqualTo(Rung.ON_DUTY);

		escalations.recordOutcome(opened.id(), acknowledged.version(), Outcome.RESOURCES_SHARED,
				"Talked with them; they called the lifeline.", swat);
		assertThat(store.find(opened.id()).orElseThrow().outcome()).isEqualTo(Outcome.RESOURCES_SHARED);
		assertThat(auditActions(opened.id())).contains("care.escalation-opened", "care.escalation-alerted",
				"care.escalation-acknowledged", "care.escalation-outcome");
	}

	@Test
	void sendsAnUnacknowledgedAlertToStaffAfterTheTimeoutThenToAdmins(Scenario scenario) {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);
		onDutyNow(swat);
		ScreeningFlagged hit = CareFixture.memberCrisis("forum:" + UUID.randomUUID(), Severity.HIGH, clock.instant());
		Escalation opened = published(scenario, hit);

		clock.advance(Duration.ofMinutes(9));
		escalations.escalateOverdue();
		assertThat(store.find(opened.id()).orElseThrow().rung()).isEqualTo(Rung.ON_DUTY);

		clock.advance(Duration.ofMinutes(1));
		escalations.escalateOverdue();
		assertThat(store.find(opened.id()).orElseThrow().rung()).isEqualTo(Rung.STAFF);
		// Escalations other tests left open climb the same ladder on the shared clock, so
		// only the alerts about this one count.
		await().until(() -> !alertsAbout(opened, staff.email()).isEmpty());
		assertThat(alertsAbout(opened, admin.email())).isEmpty();

		clock.advance(Duration.ofMinutes(10));
		escalations.escalateOverdue();
		assertThat(store.find(opened.id()).orElseThrow().rung()).isEqualTo(Rung.ADMINS);
		await().until(() -> !alertsAbout(opened, admin.email()).isEmpty());
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind)
			.containsSubsequence("ALERTED", "ESCALATED", "ALERTED", "ESCALATED", "ALERTED");
	}

	@Test
	void remindsTheAcknowledgerThenStaffWhileNoOutcomeIsRecorded(Scenario scenario) {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		onDutyNow(swat);
		Escalation opened = published(scenario,
				CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant()));
		escalations.acknowledge(opened.id(), opened.version(), swat);
		Duration within = settings.outcomeWithin();

		clock.advance(within.minusMinutes(1));
		escalations.remindUnrecordedOutcomes();
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind).doesNotContain("OUTCOME_REMINDER");

		clock.advance(Duration.ofMinutes(1));
		escalations.remindUnrecordedOutcomes();
		assertThat(reminders(opened)).singleElement()
			.satisfies(detail -> assertThat(detail).contains(swat.displayName() + " was reminded"));
		await().until(() -> alertsAbout(opened, swat.email()).stream().anyMatch(this::isReminder));
		assertThat(store.find(opened.id()).orElseThrow().outcomeReminders()).isEqualTo(1);

		clock.advance(within.minusMinutes(1));
		escalations.remindUnrecordedOutcomes();
		assertThat(reminders(opened)).hasSize(1);
		assertThat(alertsAbout(opened, staff.email())).noneMatch(this::isReminder);

		clock.advance(Duration.ofMinutes(1));
		escalations.remindUnrecordedOutcomes();
		assertThat(reminders(opened)).hasSize(2)
			.last()
			.satisfies(detail -> assertThat(detail).contains("staff were asked to follow up", staff.displayName()));
		await().until(() -> alertsAbout(opened, staff.email()).stream().anyMatch(this::isReminder));

		clock.advance(within.multipliedBy(3));
		escalations.remindUnrecordedOutcomes();
		assertThat(reminders(opened)).as("staff have it in hand; nothing more is sent").hasSize(2);
		assertThat(auditActions(opened.id())).filteredOn("care.escalation-outcome-reminder"::equals).hasSize(2);

		escalations.recordOutcome(opened.id(), store.find(opened.id()).orElseThrow().version(),
				Outcome.HANDED_TO_PROFESSIONALS, "Their therapist has them now.", staff);
		assertThat(store.find(opened.id()).orElseThrow().status()).isEqualTo(Escalation.Status.CLOSED);
	}

	@Test
	void remindsNobodyOfAnEscalationWhoseOutcomeIsRecordedOrThatNobodyAcknowledged(Scenario scenario) {
		onDutyNow(swat);
		Escalation closed = published(scenario,
				CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant()));
		escalations.recordOutcome(closed.id(), closed.version(), Outcome.RESOURCES_SHARED, "Shared the lines.", swat);
		Escalation unacknowledged = published(scenario,
				CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant()));

		clock.advance(settings.outcomeWithin().multipliedBy(3));
		escalations.remindUnrecordedOutcomes();

		assertThat(reminders(closed)).isEmpty();
		assertThat(reminders(unacknowledged)).isEmpty();
	}

	@Test
	void saysPlainlyWhenNobodyIsOnDutyAndAlertsStaffAtOnce(Scenario scenario) {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		assertThat(rota.onDutyNow().nobody()).isTrue();
		ScreeningFlagged hit = CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant());

		Escalation opened = published(scenario, hit);

		assertThat(opened.rung()).isEqualTo(Rung.STAFF);
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::detail)
			.contains("Nobody is on duty right now, so staff were alerted at once.");
		await().until(() -> !TestMail.to(mail, staff.email()).isEmpty());
	}

	@Test
	void alertsStaffAtOnceAsWellWhenNobodyIsOnDutyButTheRaisingVolunteerHasALead() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		given(volunteers.leadFor(volunteer.id())).willReturn(Optional.of(lead.id()));
		assertThat(rota.onDutyNow().nobody()).isTrue();

		var opened = escalations.open(new Escalations.NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("discord", UUID.randomUUID().toString()), volunteer.id(), "They said goodbye to everyone.",
				null, Severity.HIGH));

		assertThat(store.steps(opened)).extracting(Escalations.Step::detail)
			.contains("Nobody is on duty right now, so staff were alerted at once as well.");
		Escalation escalation = store.find(opened).orElseThrow();
		await().until(() -> !alertsAbout(escalation, lead.email()).isEmpty()
				&& !alertsAbout(escalation, staff.email()).isEmpty());
	}

	@Test
	void alertsStaffAtOnceAsWellWhenTheCrisisIsCritical(Scenario scenario) {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		onDutyNow(swat);
		ScreeningFlagged hit = CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.CRITICAL,
				clock.instant());

		Escalation opened = published(scenario, hit);

		assertThat(opened.rung()).isEqualTo(Rung.ON_DUTY);
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind).contains("CRITICAL");
		await().until(() -> !TestMail.to(mail, swat.email()).isEmpty() && !TestMail.to(mail, staff.email()).isEmpty());
	}

	@Test
	void choosesTheLinesOfTheMembersCountryOnceSomeoneKnowsIt(Scenario scenario) {
		onDutyNow(swat);
		ScreeningFlagged hit = CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant());
		Escalation opened = published(scenario, hit);
		var member = escalations.open(opened.id()).member();

		escalations.describeMember(opened.id(), member.version(), "gb", "en", "Europe/London", swat);

		var pick = escalations.open(opened.id()).resources();
		assertThat(pick.fallback()).isFalse();
		assertThat(pick.reason()).isEqualTo("Lines for United Kingdom in English.");
		assertThat(pick.resources()).extracting(CrisisResource::name).startsWith("Samaritans");
		assertThat(pick.resources().get(0).phone()).isEqualTo("116 123");
		assertThat(store.replies(opened.id())).singleElement()
			.satisfies(reply -> assertThat(reply.text()).contains("Samaritans", "116 123"));
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind).contains("REPLY_UPDATED");
	}

	@Test
	void aMemberWhoWritesAgainWhileSomeoneHelpsJoinsThatEscalationWithoutASecondReply(Scenario scenario) {
		onDutyNow(swat);
		String handle = "discord:" + UUID.randomUUID();
		Escalation opened = published(scenario, CareFixture.memberCrisis(handle, Severity.HIGH, clock.instant()));
		escalations.acknowledge(opened.id(), opened.version(), swat);

		ScreeningFlagged again = CareFixture.memberCrisis(handle, Severity.CRITICAL, clock.instant());
		scenario.publish(again)
			.andWaitForStateChange(
					() -> store.steps(opened.id()).stream().filter(step -> step.kind().equals("MORE_NEWS")).toList(),
					steps -> !steps.isEmpty())
			.andVerify(steps -> assertThat(steps).hasSize(1));
		var handleOfAgain = Member.parse(again.source(), again.memberHandle());
		escalations.open(new Escalations.NewEscalation(Escalation.Trigger.SCREENING, "screening:" + again.screeningId(),
				handleOfAgain, null, "delivered again", null, Severity.CRITICAL));

		assertThat(store.findByTrigger("screening:" + again.screeningId())).isEmpty();
		assertThat(store.replies(opened.id())).hasSize(1);
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind)
			.containsOnlyOnce("MORE_NEWS")
			.contains("CRITICAL");

		escalations.recordOutcome(opened.id(), store.find(opened.id()).orElseThrow().version(),
				Outcome.RESOURCES_SHARED, "They are with family tonight.", swat);
		Escalation next = published(scenario, CareFixture.memberCrisis(handle, Severity.HIGH, clock.instant()));
		assertThat(next.id()).as("once closed, a new crisis opens a new escalation").isNotEqualTo(opened.id());
	}

	@Test
	void twoCrisisMessagesOfOneMemberArrivingTogetherOpenOneEscalation() throws Exception {
		onDutyNow(swat);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				var handle = Member.parse("discord", "together-" + UUID.randomUUID());
				MemberId member = members.findOrCreate(handle, clock.instant()).id();
				var start = new java.util.concurrent.CyclicBarrier(2);
				var opened = new ArrayList<java.util.concurrent.Future<EscalationId>>();
				for (int message = 0; message < 2; message++) {
					String trigger = "screening:" + UUID.randomUUID();
					opened.add(pool.submit(() -> {
						start.await();
						return escalations
							.open(new Escalations.NewEscalation(Escalation.Trigger.SCREENING, trigger, handle, null,
									"Screening noticed a crisis in a message.", "I can't go on", Severity.HIGH));
					}));
				}
				EscalationId first = opened.get(0).get();
				EscalationId second = opened.get(1).get();

				assertThat(second).as("round %d", round).isEqualTo(first);
				assertThat(store.openAbout(member)).containsExactly(first);
				assertThat(store.replies(first)).as("the member is answered once").hasSize(1);
				assertThat(store.steps(first)).extracting(Escalations.Step::kind).containsOnlyOnce("MORE_NEWS");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theDatabaseKeepsOneOpenEscalationPerMember() {
		onDutyNow(swat);
		var handle = Member.parse("forum", "one-open-" + UUID.randomUUID());
		EscalationId open = escalations.open(new Escalations.NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				handle, null, "They said goodbye.", null, Severity.HIGH));
		MemberId member = store.find(open).orElseThrow().member();

		boolean second = store.insert(Escalation.open(Escalation.Trigger.REPORT, member, null, "Another report.", null,
				Severity.HIGH, clock.instant()), "report:" + UUID.randomUUID());

		assertThat(second).isFalse();
		assertThat(store.openAbout(member)).containsExactly(open);
		escalations.recordOutcome(open, store.find(open).orElseThrow().version(), Outcome.RESOURCES_SHARED,
				"They are safe with a friend.", swat);
		assertThat(store.insert(Escalation.open(Escalation.Trigger.REPORT, member, null, "A later report.", null,
				Severity.HIGH, clock.instant()), "report:" + UUID.randomUUID()))
			.as("once closed, another may open")
			.isTrue();
	}

	@Test
	void takesBackTheWaitingReplyWhenItWasAFalseAlarm(Scenario scenario) {
		onDutyNow(swat);
		ScreeningFlagged hit = CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant());
		Escalation opened = published(scenario, hit);
		assertThat(store.replies(opened.id())).hasSize(1);

		escalations.recordOutcome(opened.id(), opened.version(), Outcome.FALSE_ALARM, "They were quoting a song.",
				swat);

		assertThat(store.replies(opened.id())).isEmpty();
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind)
			.contains("REPLY_WITHDRAWN", "STAFF_TOLD");
	}

	@Test
	void leavesAFalseAlarmOnACriticalAlertToStaff(Scenario scenario) {
		onDutyNow(swat);
		Escalation opened = published(scenario,
				CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.CRITICAL, clock.instant()));

		assertThatThrownBy(() -> escalations.recordOutcome(opened.id(), store.find(opened.id()).orElseThrow().version(),
				Outcome.FALSE_ALARM, "gotcha", swat))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("false alarm by staff only");
		assertThat(store.replies(opened.id())).hasSize(1);
		assertThat(store.find(opened.id()).orElseThrow().status()).isEqualTo(Escalation.Status.OPEN);
	}

	@Test
	void recordsAReplyReachingTheMemberOnceHoweverOftenTheIntegrationSaysSo(Scenario scenario) {
		onDutyNow(swat);
		Escalation opened = published(scenario,
				CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant()));
		OutboxMessage reply = store.replies(opened.id()).get(0);

		OutboxMessage first = escalations.replySent(reply.id(), true);
		clock.advance(Duration.ofMinutes(1));
		OutboxMessage again = escalations.replySent(reply.id(), true);

		assertThat(again.sentAt()).isEqualTo(first.sentAt());
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::kind).containsOnlyOnce("REPLY_SENT");
		assertThat(auditActions(opened.id())).containsOnlyOnce("care.escalation-reply-sent")
			.doesNotContain("care.reply-sent");
	}

	@Test
	void opensAnEscalationForAMemberOnAPlatformHearthDoesNotKnowAndKeepsTheWordGiven(Scenario scenario) {
		onDutyNow(swat);
		String handle = "willow-" + UUID.randomUUID();
		var hit = new ScreeningFlagged(UUID.randomUUID(), null, handle, AuthorRole.MEMBER,
				java.util.Map.of(Category.CRISIS, Severity.HIGH), Severity.HIGH,
				Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT, "mastodon", "toot-7", "I can't keep going",
				clock.instant());

		Escalation opened = published(scenario, hit);

		Member member = members.find(opened.member()).orElseThrow();
		assertThat(member.platform()).isEqualTo(org.hearth.programs.Platform.OTHER);
		assertThat(member.platformGiven()).isEqualTo("mastodon");
		assertThat(member.handle()).isEqualTo(handle);
		assertThat(store.steps(opened.id())).extracting(Escalations.Step::detail)
			.anySatisfy(detail -> assertThat(detail)
				.contains("\u201cmastodon\u201d, which is not a platform Hearth knows", "reach them yourselves"));
		assertThat(store.replies(opened.id())).extracting(OutboxMessage::platform).containsExactly("other");
		assertThat(store.wasAlerted(opened.id(), swat.id())).isTrue();
	}

	@Test
	void refusesAConcernPastTheHourlyLimitAndTellsStaffOnceAnHourButAlwaysSendsAPlanMeansOrGoodbye() {
		onDutyNow(swat);
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Member.Handle member = Member.parse("discord", "flood-" + UUID.randomUUID());
		int limit = settings.concernsPerHour();

		for (int i = 0; i < limit; i++) {
			assertThat(concerns.raise(volunteer, member, "They said goodbye.", false))
				.isInstanceOf(Concerns.Sent.class);
		}
		Concerns.Raised over = concerns.raise(volunteer, member, "They seem low, and said where.", false);
		Concerns.Raised again = concerns.raise(volunteer, member, "Still worried.", false);
		Member.Handle another = Member.parse("forum", "over-" + UUID.randomUUID());
		Concerns.Raised critical = concerns.raise(volunteer, another, "They have the pills and said goodbye.", true);

		assertThat(over).isInstanceOfSatisfying(Concerns.OverTheLimit.class, refused -> {
			assertThat(refused.staffAlerted()).isTrue();
			assertThat(refused.reason()).contains(limit + " of your", "within the last hour", "Staff have been told",
					"reach staff directly", "call the local emergency number now", "always go through");
		});
		assertThat(again).isInstanceOfSatisfying(Concerns.OverTheLimit.class, refused -> {
			assertThat(refused.staffAlerted()).isFalse();
			assertThat(refused.reason()).contains("Staff were told within the last hour", "reach staff directly");
		});
		assertThat(critical).as("a plan, the means or a goodbye is never held back")
			.isInstanceOfSatisfying(Concerns.Sent.class, sent -> {
				Escalation escalation = store.find(sent.escalation()).orElseThrow();
				assertThat(escalation.severity()).isEqualTo(Severity.CRITICAL);
				assertThat(store.wasAlerted(escalation.id(), staff.id())).isTrue();
			});
		assertThat(limitAlertsTo(staff))
			.containsExactly(volunteer.displayName() + " reached the limit of danger alerts in an hour");
		assertThat(notificationBodiesTo(staff))
			.anySatisfy(body -> assertThat(body).contains("They seem low, and said where.", "reach out to them"));

		clock.advance(Duration.ofMinutes(61));
		for (int i = 0; i < limit; i++) {
			assertThat(concerns.raise(volunteer, member, "They said goodbye.", false))
				.isInstanceOf(Concerns.Sent.class);
		}
		assertThat(concerns.raise(volunteer, member, "Once more.", false)).isInstanceOfSatisfying(
				Concerns.OverTheLimit.class, refused -> assertThat(refused.staffAlerted()).isTrue());
		assertThat(limitAlertsTo(staff)).hasSize(2);
	}

	@Test
	void countsConcernsSentAtTheSameMomentOneAfterTheOtherAgainstTheLimit() throws Exception {
		onDutyNow(swat);
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		int limit = settings.concernsPerHour();
		int tries = limit + 8;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Concerns.Raised>> raised = new java.util.ArrayList<>();
			for (int i = 0; i < tries; i++) {
				Member.Handle member = Member.parse("discord", "burst-" + UUID.randomUUID());
				raised.add(pool.submit(() -> {
					start.await();
					return concerns.raise(volunteer, member, "They said goodbye.", false);
				}));
			}
			start.countDown();
			int sent = 0;
			for (var each : raised) {
				if (each.get(60, java.util.concurrent.TimeUnit.SECONDS) instanceof Concerns.Sent) {
					sent++;
				}
			}
			assertThat(sent).isEqualTo(limit);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> limitAlertsTo(HearthUser person) {
		return jdbc.sql("""
				select subject from notification
				where recipient_id = :person and subject like '%reached the limit of danger alerts%'""")
			.param("person", person.id().value())
			.query(String.class)
			.list();
	}

	private List<String> notificationBodiesTo(HearthUser person) {
		return jdbc.sql("select body from notification where recipient_id = :person")
			.param("person", person.id().value())
			.query(String.class)
			.list();
	}

	@Test
	void opensOneEscalationForAScreeningDeliveredTwice() {
		ScreeningFlagged hit = CareFixture.memberCrisis("discord:" + UUID.randomUUID(), Severity.HIGH, clock.instant());
		var handle = Member.parse(hit.source(), hit.memberHandle());
		var first = escalations.open(new Escalations.NewEscalation(Escalation.Trigger.SCREENING,
				"screening:" + hit.screeningId(), handle, null, "first", null, Severity.HIGH));
		var second = escalations.open(new Escalations.NewEscalation(Escalation.Trigger.SCREENING,
				"screening:" + hit.screeningId(), handle, null, "again", null, Severity.HIGH));

		assertThat(second).isEqualTo(first);
		assertThat(store.replies(first)).hasSize(1);
	}

	@Test
	void aVolunteersOwnCriticalCrisisIsToldAsCriticalAndAsksForContactNow(Scenario scenario) throws Exception {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		given(volunteers.leadFor(volunteer.id())).willReturn(Optional.of(lead.id()));
		String words = "I have the pills ready and I am going to take them all tonight";
		var hit = new ScreeningFlagged(UUID.randomUUID(), volunteer.id(), null, AuthorRole.VOLUNTEER,
				java.util.Map.of(Category.CRISIS, Severity.CRITICAL), Severity.CRITICAL,
				Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES, "api", null, words, clock.instant());

		scenario.publish(hit)
			.andWaitForStateChange(() -> distress.waitingFor(volunteer.id()))
			.andVerify(waiting -> assertThat(waiting).isTrue());

		await().until(() -> !TestMail.to(mail, lead.email()).isEmpty() && !TestMail.to(mail, staff.email()).isEmpty());
		for (String email : java.util.List.of(lead.email(), staff.email())) {
			var message = TestMail.to(mail, email).get(0);
			assertThat(message.getSubject()).startsWith("Critical: " + volunteer.displayName())
				.contains("contact them now")
				.doesNotContain("may be struggling");
			assertThat(TestMail.text(message))
				.contains("it is critical", "now, not later today", words, "emergency services")
				.doesNotContain("today, gently");
		}
		DistressAlert alert = waitingAlertOf(volunteer);
		assertThat(alert.critical()).isTrue();
		assertThat(alert.excerpt()).isEqualTo(words);
	}

	@Test
	void alertsTheLeadAndStaffAtOnceWhenAVolunteersOwnMessageSignalsCrisis(Scenario scenario) {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		given(volunteers.leadFor(volunteer.id())).willReturn(Optional.of(lead.id()));
		var hit = new ScreeningFlagged(UUID.randomUUID(), volunteer.id(), null, AuthorRole.VOLUNTEER,
				java.util.Map.of(Category.CRISIS, Severity.HIGH), Severity.HIGH,
				Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES, "discord", "msg-9", "I don't want to be here anymore",
				clock.instant());

		scenario.publish(hit)
			.andWaitForStateChange(() -> distress.waitingFor(volunteer.id()))
			.andVerify(waiting -> assertThat(waiting).isTrue());

		await().until(() -> !TestMail.to(mail, lead.email()).isEmpty() && !TestMail.to(mail, staff.email()).isEmpty()
				&& !TestMail.to(mail, volunteer.email()).isEmpty());
		assertThat(TestMail.text(TestMail.to(mail, volunteer.email()).get(0))).contains("/care/support");
		DistressAlert alert = waitingAlertOf(volunteer);
		assertThat(alert.reason()).isEqualTo(DistressAlert.Reason.OWN_CRISIS_MESSAGE);
		assertThat(alert.lead()).isEqualTo(lead.id());

		distress.reachedOut(alert.id(), alert.version(), "Called them; they are with a friend tonight.", staff);

		assertThat(distress.waitingFor(volunteer.id())).isFalse();
		assertThat(distress.waiting()).extracting(DistressAlert::volunteer).doesNotContain(volunteer.id());
	}

	@Test
	void theVolunteersLeadRecordsThatTheyReachedOutAndAnotherLeadCannot() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser otherLead = PeopleFixture.create(accounts, Role.LEAD);
		given(volunteers.leadFor(volunteer.id())).willReturn(Optional.of(lead.id()));
		distress.raise(volunteer.id(), DistressAlert.Reason.NOT_SAFE_ON_DEBRIEF, "debrief:" + UUID.randomUUID());
		DistressAlert alert = waitingAlertOf(volunteer);
		assertThat(distress.ofLead(lead.id())).extracting(DistressAlert::id).containsExactly(alert.id());
		assertThat(distress.ofLead(otherLead.id())).isEmpty();

		assertThatThrownBy(() -> distress.reachedOut(alert.id(), alert.version(), "Messaged them.", otherLead))
			.isInstanceOf(RequestRefused.class)
			.hasMessageStartingWith("Only staff and the volunteer's lead record that they reached out.");
		assertThat(distress.waitingFor(volunteer.id())).isTrue();

		distress.reachedOut(alert.id(), alert.version(), "Called them; they are with their sister.", lead);

		assertThat(distress.waitingFor(volunteer.id())).isFalse();
		assertThat(distress.ofLead(lead.id())).singleElement().satisfies(done -> {
			assertThat(done.reachedOutBy()).isEqualTo(lead.id());
			assertThat(done.note()).isEqualTo("Called them; they are with their sister.");
		});
		assertThat(jdbc
			.sql("select count(*) from audit_entry where action = 'care.distress-reached-out' "
					+ "and subject_id = :volunteer and details like :by")
			.param("volunteer", volunteer.id().toString())
			.param("by", "%" + lead.displayName() + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void alertsTheLeadAndStaffWhenAVolunteerSaysTheyDoNotFeelSafeOnADebriefRequest(Scenario scenario) {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		var unsafe = new DebriefRequested(new DebriefId(UUID.randomUUID()), volunteer.id(), null,
				ReportCategory.EMOTIONAL_DISTRESS, false, clock.instant());
		var safe = new DebriefRequested(new DebriefId(UUID.randomUUID()),
				PeopleFixture.create(accounts, Role.VOLUNTEER).id(), null, ReportCategory.CONFLICT, true,
				clock.instant());

		scenario.publish(safe).andWaitForStateChange(() -> true).andVerify(ignored -> {
		});
		scenario.publish(unsafe)
			.andWaitForStateChange(() -> distress.waitingFor(volunteer.id()))
			.andVerify(waiting -> assertThat(waiting).isTrue());

		assertThat(waitingAlertOf(volunteer).reason()).isEqualTo(DistressAlert.Reason.NOT_SAFE_ON_DEBRIEF);
		assertThat(distress.waitingFor(safe.volunteer())).isFalse();
		await().until(() -> !TestMail.to(mail, staff.email()).isEmpty());
	}

	@Test
	void alertsAPersonEvenWhenTheMembersHandleIsMissingOrUnreadable(Scenario scenario) {
		onDutyNow(swat);
		ScreeningFlagged noHandle = CareFixture.memberCrisis(null, Severity.HIGH, clock.instant());
		ScreeningFlagged tooLong = CareFixture.memberCrisis("x".repeat(250), Severity.HIGH, clock.instant());

		Escalation unidentified = published(scenario, noHandle);
		Escalation longHandle = published(scenario, tooLong);

		assertThat(unidentified.rung()).isEqualTo(Rung.ON_DUTY);
		assertThat(longHandle.rung()).isEqualTo(Rung.ON_DUTY);
		assertThat(store.steps(unidentified.id())).extracting(Escalations.Step::kind).contains("ALERTED");
		assertThat(store.steps(longHandle.id())).extracting(Escalations.Step::kind).contains("ALERTED");
	}

	@Test
	void keepsOneEntryThatServesEveryCountry() {
		var added = resources.add(new CrisisResource(CrisisResourceId.random(), null, null, "Another directory", null,
				null, "https://another.example", "24 hours, every day", "Finds a line near anyone, anywhere.",
				clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), 0));
		resources.remove(added.id(), added.version());
		assertThat(resources.all()).extracting(CrisisResource::id).doesNotContain(added.id());

		// Take every other entry for everywhere away in a transaction that is rolled
		// back,
		// so the shared directory stays whole for the other tests.
		var inTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		inTransaction.executeWithoutResult(status -> {
			List<CrisisResource> everywhere = resources.all().stream().filter(CrisisResource::international).toList();
			everywhere.subList(1, everywhere.size()).forEach(entry -> resources.remove(entry.id(), entry.version()));
			CrisisResource last = everywhere.get(0);
			assertThatThrownBy(() -> resources.remove(last.id(), last.version())).isInstanceOf(RequestRefused.class)
				.hasMessageContaining("last entry that serves every country");
			assertThatThrownBy(() -> resources.change(
					new CrisisResource(last.id(), "GB", last.language(), last.name(), last.phone(), last.textNumber(),
							last.url(), last.hours(), last.description(), last.checkedOn(), last.version())))
				.isInstanceOf(RequestRefused.class);
			status.setRollbackOnly();
		});
		assertThat(resources.all()).filteredOn(CrisisResource::international).isNotEmpty();
	}

	private Escalation published(Scenario scenario, ScreeningFlagged hit) {
		scenario.publish(hit)
			.andWaitForStateChange(() -> store.findByTrigger("screening:" + hit.screeningId()))
			.andVerify(found -> assertThat(found).isPresent());
		return store.findByTrigger("screening:" + hit.screeningId()).orElseThrow();
	}

	private DistressAlert waitingAlertOf(HearthUser volunteer) {
		return distress.waiting().stream().filter(a -> a.volunteer().equals(volunteer.id())).findFirst().orElseThrow();
	}

	private void onDutyNow(HearthUser person) {
		rota.addChange(person, clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(2)),
				true, "test cover");
	}

	private List<String> auditActions(EscalationId id) {
		return jdbc.sql("select action from audit_entry where subject_id = :id order by id")
			.param("id", id.toString())
			.query(String.class)
			.list();
	}

	private List<String> reminders(Escalation escalation) {
		return store.steps(escalation.id())
			.stream()
			.filter(step -> step.kind().equals("OUTCOME_REMINDER"))
			.map(Escalations.Step::detail)
			.toList();
	}

	private boolean isReminder(MimeMessage message) {
		try {
			return message.getSubject().startsWith("Please record what was done");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<MimeMessage> alertsAbout(Escalation escalation, String email) {
		return TestMail.to(mail, email).stream().filter(message -> {
			try {
				return message.getSubject().endsWith("#" + escalation.reference());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
