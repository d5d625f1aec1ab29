package org.hearth.care;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.care.Escalation.Outcome;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A double click, or two people acting on the same alert at once: the one who comes
 * second is told what happened, on the page, and never sees an error page.
 */
@HearthTest
class EscalationRefusalsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Escalations escalations;

	@Autowired
	VolunteersInDistress distress;

	@Autowired
	EscalationStore store;

	@Test
	void staleAcknowledgeIsRefusedOnTheEscalation() {
		HearthUser first = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser second = PeopleFixture.create(accounts, Role.LEAD);
		EscalationId id = escalation(first, second);
		escalations.acknowledge(id, 0, first);

		MvcTestResult result = post("/care/escalations/" + id.value() + "/acknowledge", second, "0");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/care/escalations/" + id.value());
		assertThat(result).flash()
			.containsEntry("problem", "Someone else acted on this alert meanwhile; look again.")
			.doesNotContainKey("notice");
		assertThat(escalations.open(id).escalation().acknowledgedBy()).isEqualTo(first.id());
	}

	@Test
	void acknowledgingAnAcknowledgedAlertSaysSomeoneHasIt() {
		HearthUser first = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser second = PeopleFixture.create(accounts, Role.LEAD);
		EscalationId id = escalation(first, second);
		escalations.acknowledge(id, 0, first);
		long current = escalations.open(id).escalation().version();

		MvcTestResult result = post("/care/escalations/" + id.value() + "/acknowledge", second,
				String.valueOf(current));

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/care/escalations/" + id.value());
		assertThat(result).flash().containsEntry("problem", "Someone already acknowledged this alert.");
	}

	@Test
	void stalePassUpIsRefusedOnTheEscalation() {
		HearthUser first = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser second = PeopleFixture.create(accounts, Role.LEAD);
		EscalationId id = escalation(first, second);
		Escalation.Rung rung = escalations.open(id).escalation().rung();
		escalations.acknowledge(id, 0, first);

		MvcTestResult result = post("/care/escalations/" + id.value() + "/pass-up", second, "0");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/care/escalations/" + id.value());
		assertThat(result).flash()
			.containsEntry("problem", "Someone else acted on this alert meanwhile; look again.")
			.doesNotContainKey("notice");
		assertThat(escalations.open(id).escalation().rung()).isEqualTo(rung);
	}

	@Test
	void threeLeadsAcknowledgingAtOnceLeaveOneOwnerAndTwoRefusals() throws Exception {
		List<HearthUser> leads = List.of(PeopleFixture.create(accounts, Role.LEAD),
				PeopleFixture.create(accounts, Role.LEAD), PeopleFixture.create(accounts, Role.LEAD));
		EscalationId id = escalation(leads.toArray(HearthUser[]::new));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(leads.size());
		try {
			List<Future<MvcTestResult>> futures = new ArrayList<>();
			for (HearthUser lead : leads) {
				Callable<MvcTestResult> click = () -> {
					start.await();
					return post("/care/escalations/" + id.value() + "/acknowledge", lead, "0");
				};
				futures.add(pool.submit(click));
			}
			start.countDown();
			int owners = 0;
			int refused = 0;
			for (Future<MvcTestResult> future : futures) {
				MvcTestResult result = future.get();
				assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/care/escalations/" + id.value());
				if (result.getMvcResult().getFlashMap().containsKey("notice")) {
					owners++;
				}
				else {
					assertThat((String) result.getMvcResult().getFlashMap().get("problem")).isIn(
							"Someone else acted on this alert meanwhile; look again.",
							"Someone already acknowledged this alert.");
					refused++;
				}
			}
			assertThat(owners).isEqualTo(1);
			assertThat(refused).isEqualTo(2);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aSecondOutcomeOnAClosedEscalationIsRefusedWhereItCanBeSeen() {
		HearthUser first = PeopleFixture.create(accounts, Role.LEAD);
		HearthUser second = PeopleFixture.create(accounts, Role.LEAD);
		EscalationId id = escalation(first, second);
		escalations.recordOutcome(id, 0, Outcome.values()[0], "Talked with them.", first);
		long current = escalations.open(id).escalation().version();

		MvcTestResult result = mvc.post()
			.uri("/care/escalations/" + id.value() + "/outcome")
			.with(csrf())
			.with(user(second))
			.param("version", String.valueOf(current))
			.param("outcome", Outcome.values()[0].name())
			.param("note", "Also reached them.")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Someone already recorded the outcome of this alert; it is shown above.")
			.doesNotContain("Record the outcome");
	}

	@Test
	void staleReachOutIsRefusedOnTheStaffPage() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser otherStaff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		distress.raise(volunteer.id(), DistressAlert.Reason.NOT_SAFE_ON_DEBRIEF, "debrief-" + UUID.randomUUID());
		DistressAlert alert = distress.recent()
			.stream()
			.filter(a -> a.volunteer().equals(volunteer.id()))
			.findFirst()
			.orElseThrow();
		distress.reachedOut(alert.id(), alert.version(), "Called them.", staff);

		MvcTestResult result = mvc.post()
			.uri("/staff/care/distress/" + alert.id().value() + "/reached-out")
			.with(csrf())
			.with(user(otherStaff))
			.param("version", String.valueOf(alert.version()))
			.param("note", "Messaged them.")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/staff/care/distress");
		assertThat(result).flash()
			.containsEntry("problem", "Someone else recorded reaching out meanwhile; look again.")
			.doesNotContainKey("notice");
	}

	/** An escalation that alerted these leads, so they may act on it. */
	private EscalationId escalation(HearthUser... alerted) {
		EscalationId id = escalations.open(new NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("discord", "refusal-" + UUID.randomUUID()), null, "They said goodbye.", null,
				Severity.HIGH));
		store.recordAlerted(id, java.util.Arrays.stream(alerted).map(HearthUser::id).toList());
		return id;
	}

	@Test
	void aConcernIsAnsweredWithARedirectSoARefreshCannotRaiseItAgain() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		MvcTestResult raised = mvc.post()
			.uri("/care/concerns")
			.with(csrf())
			.with(user(volunteer))
			.param("platform", "discord")
			.param("handle", "concern-" + java.util.UUID.randomUUID())
			.param("whatYouSaw", "They said goodbye to the server and went quiet.")
			// A browser leaves an unticked box out of the form altogether.
			.exchange();

		assertThat(raised).hasStatus3xxRedirection().hasRedirectedUrl("/care/concerns/sent");
		assertThat(mvc.get().uri("/care/concerns/sent").with(user(volunteer)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Whoever is on duty (staff, when nobody is) and your lead have been alerted");
	}

	private MvcTestResult post(String path, HearthUser who, String version) {
		return mvc.post().uri(path).with(csrf()).with(user(who)).param("version", version).exchange();
	}

}
