package org.hearth.care;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.ProgramCatalog;
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
	ProgramCatalog catalog;

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
