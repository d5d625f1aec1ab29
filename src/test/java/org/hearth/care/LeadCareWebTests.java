package org.hearth.care;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.screening.Severity;
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
 * What a lead volunteer sees and does of care on the pages: the escalations waiting for
 * them and their own volunteers who may be struggling, on their home page until they are
 * seen to, and recording that they reached out.
 */
@HearthTest
class LeadCareWebTests {

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
	VolunteersInDistress distress;

	@Autowired
	Escalations escalations;

	@Autowired
	EscalationStore store;

	@Test
	void aLeadSeesTheirVolunteerInDistressAtHomeAndRecordsReachingOut() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		HearthUser otherLead = PeopleFixture.create(accounts, Role.LEAD);
		distress.raise(volunteer.id(), DistressAlert.Reason.NOT_SAFE_ON_DEBRIEF, "debrief:" + UUID.randomUUID());
		DistressAlert alert = distress.ofLead(serving.lead.id()).get(0);

		assertThat(mvc.get().uri("/").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Your volunteers who may be struggling (1)", "Reach out to " + volunteer.displayName());
		assertThat(mvc.get().uri("/").with(user(otherLead)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("Reach out to " + volunteer.displayName());
		assertThat(mvc.get().uri("/care/distress").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains(volunteer.displayName(), "I reached out", "/care/distress/" + alert.id() + "/reached-out");

		MvcTestResult refused = reachedOut(otherLead, alert);
		assertThat(refused).hasStatus3xxRedirection().hasRedirectedUrl("/care/distress");
		assertThat((String) refused.getMvcResult().getFlashMap().get("problem"))
			.startsWith("Only staff and the volunteer's lead record that they reached out.");

		MvcTestResult recorded = reachedOut(serving.lead, alert);
		assertThat(recorded).hasStatus3xxRedirection().hasRedirectedUrl("/care/distress");
		assertThat(recorded).flash().containsEntry("notice", "Recorded. Thank you for reaching out.");
		assertThat(distress.waitingFor(volunteer.id())).isFalse();
		assertThat(mvc.get().uri("/").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("Reach out to " + volunteer.displayName());
	}

	@Test
	void aCriticalCrisisOfAVolunteerShowsItsSeverityWordsAndEmergencyGuidanceToLeadAndStaff() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String words = "I have the pills ready and I am going to take them all tonight";
		distress.raise(volunteer.id(), DistressAlert.Reason.OWN_CRISIS_MESSAGE, "screening:" + UUID.randomUUID(),
				Severity.CRITICAL, words);

		for (var look : java.util.List.of(java.util.Map.entry("/care/distress", serving.lead),
				java.util.Map.entry("/staff/care/distress", staff))) {
			assertThat(mvc.get().uri(look.getKey()).with(user(look.getValue())).exchange()).hasStatusOk()
				.bodyText()
				.contains(volunteer.displayName(), "Critical: they spoke of a plan, the means or a goodbye",
						"Contact them now", "contact emergency services", words);
		}
	}

	@Test
	void aLeadSeesTheEscalationsWaitingForThemAtHomeUntilTheOutcomeIsRecorded() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		HearthUser otherLead = PeopleFixture.create(accounts, Role.LEAD);
		String handle = "home-" + UUID.randomUUID();
		EscalationId id = escalations.open(new Escalations.NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("discord", handle), volunteer.id(), "They said goodbye to everyone.", null,
				Severity.CRITICAL));
		String line = "#" + store.find(id).orElseThrow().reference() + " · discord:" + handle;

		assertThat(mvc.get().uri("/").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Escalations waiting for you", line + " · waiting for someone to say they have it · critical",
					"/care/escalations/" + id);
		assertThat(mvc.get().uri("/").with(user(otherLead)).exchange()).hasStatusOk().bodyText().doesNotContain(line);

		escalations.acknowledge(id, store.find(id).orElseThrow().version(), serving.lead);
		assertThat(mvc.get().uri("/").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains(line + " · you have it; record what was done");

		escalations.recordOutcome(id, store.find(id).orElseThrow().version(), Escalation.Outcome.RESOURCES_SHARED,
				"Shared the lines; they called one.", serving.lead);
		assertThat(mvc.get().uri("/").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain(line);
	}

	@Test
	void aLeadsHomeCardPutsCriticalEscalationsFirstAndCountsEveryOneWaiting() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		String prefix = "many-" + UUID.randomUUID() + "-";
		for (int i = 0; i < 21; i++) {
			escalations.open(new Escalations.NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
					Member.parse("discord", prefix + i), volunteer.id(), "They seemed low.", null, Severity.HIGH));
		}
		EscalationId critical = escalations.open(new Escalations.NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN,
				null, Member.parse("discord", prefix + "critical"), volunteer.id(), "They said goodbye to everyone.",
				null, Severity.CRITICAL));
		String criticalLine = "#" + store.find(critical).orElseThrow().reference() + " · discord:" + prefix
				+ "critical";

		assertThat(mvc.get().uri("/").with(user(serving.lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Escalations waiting for you (22)",
					criticalLine + " · waiting for someone to say they have it · critical",
					"All 22 escalations waiting (20 shown here, critical first)", "discord:" + prefix + "0 ·")
			.doesNotContain("discord:" + prefix + "20 ·", "Escalations waiting for you (20)");
	}

	private MvcTestResult reachedOut(HearthUser who, DistressAlert alert) {
		return mvc.post()
			.uri("/care/distress/" + alert.id() + "/reached-out")
			.with(csrf())
			.with(user(who))
			.param("version", String.valueOf(alert.version()))
			.param("note", "Called them.")
			.exchange();
	}

}
