package org.hearth.volunteering.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.LeadType;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * How many volunteers a lead accompanies: staff change it on a page of its own, within 1
 * to 100 and never below the volunteers the lead has now, from a page that is not stale;
 * a lead may lower their own but not raise it. And the lead pages' refusals read warmly:
 * an id that is not one, a step-down that names no program, a language of invisible
 * characters.
 */
@HearthTest
class LeadCapacityTests {

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
	AuditLog audit;

	@Test
	void staffChangeALeadsCapacityOnItsOwnPageFromTheListOfLeads() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		LeadProfile profile = profile(serving);
		String page = "/staff/leads/" + serving.lead.id() + "/capacity?program=" + serving.program();
		// A lead whose name sorts first, so they are on the list's first page however
		// many leads earlier tests made.
		String email = PeopleFixture.uniqueEmail("first-lead");
		PersonId first = accounts.createPerson(email, "000 First " + email, Role.VOLUNTEER, PeopleFixture.PASSWORD)
			.id();
		accounts.changeRole(first, Role.LEAD, LeadType.MODERATOR, 0);
		leads.register(first, serving.program(), 4, "English", "UTC");

		assertThat(body(mvc.get().uri("/staff/leads").with(user(staff)).exchange())).contains(
				"/staff/leads/" + first + "/capacity?program=" + serving.program(),
				"aria-label=\"Change how many volunteers 000 First " + email + " accompanies in ");
		assertThat(body(mvc.get().uri(page).with(user(staff)).exchange())).contains(
				"How many volunteers " + serving.lead.displayName() + " accompanies in",
				"accompanies 0 of up to 50 volunteers there now", "name=\"version\" value=\"" + profile.version());

		MvcTestResult saved = changeCapacity(staff, serving, "12", profile.version());

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/staff/leads");
		assertThat(saved.getMvcResult().getFlashMap().get("notice"))
			.isEqualTo(serving.lead.displayName() + " can now accompany up to 12 volunteers in "
					+ catalog.program(serving.program()).orElseThrow().name() + ".");
		assertThat(profile(serving).capacity()).isEqualTo(12);
		assertThat(profile(serving).version()).isGreaterThan(profile.version());
		assertThat(audit.find(new AuditQuery(null, "lead.capacity", "person", serving.lead.id().toString(), null, null),
				5))
			.extracting(entry -> entry.details())
			.anyMatch(details -> details.endsWith(": 50 → 12"));

		MvcTestResult one = changeCapacity(staff, serving, "1", profile(serving).version());
		assertThat(one.getMvcResult().getFlashMap().get("notice")).asString().contains("up to 1 volunteer in ");
		assertThat(body(mvc.get().uri(page).with(user(staff)).exchange()))
			.contains("accompanies 0 of up to 1 volunteer there now.");
	}

	@Test
	void saysSomeoneWhoNeverLedTheProgramDoesNotLeadItRatherThanNoLonger() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser stranger = PeopleFixture.create(accounts, Role.LEAD);

		assertThatThrownBy(() -> leads.changeCapacity(stranger.id(), serving.program(), 5, 0, staff))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining(stranger.displayName() + " does not lead ")
			.hasMessageNotContaining("no longer");
	}

	@Test
	void refusesACapacityBelowTheVolunteersTheLeadLeadsNow() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		serving.volunteer();
		serving.volunteer();
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		LeadProfile profile = profile(serving);

		MvcTestResult refused = changeCapacity(staff, serving, "1", profile.version());

		assertThat(refused).hasStatusOk();
		assertThat(body(refused)).contains(serving.lead.displayName() + " leads 2 volunteers in ",
				"now, so the capacity can't be below 2. Connect some of them to another lead first, or choose 2 or more.");
		assertThat(profile(serving).capacity()).isEqualTo(50);

		assertThat(changeCapacity(staff, serving, "2", profile.version())).hasStatus3xxRedirection();
		assertThat(profile(serving).capacity()).isEqualTo(2);
	}

	@Test
	void refusesACapacityOutsideOneToAHundredOrThatIsNotANumber() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		long version = profile(serving).version();

		assertThat(body(changeCapacity(staff, serving, "0", version))).contains("At least one.");
		assertThat(body(changeCapacity(staff, serving, "101", version))).contains("At most 100.");
		assertThat(body(changeCapacity(staff, serving, "many", version)))
			.contains("Please enter a whole number, such as 12.")
			.doesNotContain("Failed to convert");
		assertThat(profile(serving).capacity()).isEqualTo(50);
	}

	@Test
	void refusesACapacityChangeFromAPageOpenedBeforeSomeoneElseChangedIt() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser other = PeopleFixture.create(accounts, Role.STAFF);
		long openedAt = profile(serving).version();
		assertThat(changeCapacity(other, serving, "20", openedAt)).hasStatus3xxRedirection();

		MvcTestResult stale = changeCapacity(staff, serving, "30", openedAt);

		assertThat(stale).hasStatusOk();
		assertThat(body(stale)).contains("Someone changed " + serving.lead.displayName() + "'s place as a lead of",
				"since this page was opened (the capacity is now 20), so nothing was changed. Reload the page to see it");
		assertThat(profile(serving).capacity()).isEqualTo(20);
	}

	@Test
	void letsALeadLowerTheirOwnCapacityButLeavesRaisingItToStaff() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		serving.volunteer();
		HearthUser lead = serving.lead;

		assertThat(body(mvc.get().uri("/lead/volunteers").with(user(lead)).exchange()))
			.contains("/lead/capacity?program=" + serving.program(), "Take fewer volunteers in");
		assertThat(body(mvc.get().uri("/lead/capacity?program=" + serving.program()).with(user(lead)).exchange()))
			.contains("How many volunteers you accompany in", "You can lower it here to say no to more volunteers");

		MvcTestResult lowered = ownCapacity(lead, serving, "5", profile(serving).version());
		assertThat(lowered).hasStatus3xxRedirection().hasRedirectedUrl("/lead/volunteers");
		assertThat(profile(serving).capacity()).isEqualTo(5);

		MvcTestResult raised = ownCapacity(lead, serving, "9", profile(serving).version());
		assertThat(body(raised)).contains("You can lower your capacity here, not raise it: to accompany more than 5");
		assertThat(body(ownCapacity(lead, serving, "0", profile(serving).version()))).contains("At least one.");
		assertThat(profile(serving).capacity()).isEqualTo(5);
		assertThat(audit.find(new AuditQuery(null, "lead.capacity", "person", lead.id().toString(), null, null), 5))
			.extracting(entry -> entry.details())
			.containsExactly("Capacity in " + catalog.program(serving.program()).orElseThrow().name()
					+ ": 50 → 5 (lowered by the lead)");
	}

	@Test
	void keepsTheCapacityPagesToStaffAndToTheLeadThemselves() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser otherLead = new ServingVolunteers(catalog, accounts, leads, enrolments).lead;
		long version = profile(serving).version();

		assertThat(mvc.post()
			.uri("/staff/leads/" + serving.lead.id() + "/capacity")
			.param("program", serving.program().toString())
			.param("capacity", "40")
			.param("version", String.valueOf(version))
			.with(user(serving.lead))
			.with(csrf())).hasStatus(403);
		// The lead's own page changes only their own capacity: another program's id
		// finds no place of theirs to change.
		MvcTestResult elsewhere = ownCapacity(otherLead, serving, "3", version);
		assertThat(elsewhere).hasStatus3xxRedirection().hasRedirectedUrl("/lead/volunteers");
		assertThat(elsewhere.getMvcResult().getFlashMap().get("problem"))
			.isEqualTo("You don't lead " + catalog.program(serving.program()).orElseThrow().name() + " now.");
		assertThat(profile(serving).capacity()).isEqualTo(50);
	}

	@Test
	void asksWhichProgramWhenAStepDownOrCapacityLinkNamesNoneForALeadOfSeveral() {
		var first = new ServingVolunteers(catalog, accounts, leads, enrolments);
		var second = new ServingVolunteers(catalog, accounts, leads, enrolments);
		leads.register(first.lead.id(), second.program(), 3, "English", "UTC");
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		MvcTestResult stepDown = mvc.post()
			.uri("/staff/leads/" + first.lead.id() + "/step-down")
			.with(user(staff))
			.with(csrf())
			.exchange();

		assertThat(stepDown).hasStatus3xxRedirection().hasRedirectedUrl("/staff/leads");
		String problem = (String) stepDown.getMvcResult().getFlashMap().get("problem");
		assertThat(problem).startsWith(first.lead.displayName() + " leads 2 programs (")
			.contains(catalog.program(first.program()).orElseThrow().name(),
					catalog.program(second.program()).orElseThrow().name())
			.endsWith("). Choose the program on its own row of the list below.")
			.doesNotContain(first.lead.id().toString());
		assertThat(leads.servingProfilesOf(first.lead.id())).hasSize(2);

		MvcTestResult capacity = mvc.get()
			.uri("/staff/leads/" + first.lead.id() + "/capacity")
			.with(user(staff))
			.exchange();
		assertThat(capacity).hasStatus3xxRedirection().hasRedirectedUrl("/staff/leads");
		assertThat(capacity.getMvcResult().getFlashMap().get("problem")).isEqualTo(problem);
	}

	@Test
	void saysWhoNoLongerLeadsInsteadOfAnIdWhenAStepDownFindsNothing() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		leads.stepDown(serving.lead.id(), serving.program(), "Moving on");
		HearthUser nobodyLead = PeopleFixture.create(accounts, Role.VOLUNTEER);

		MvcTestResult again = mvc.post()
			.uri("/staff/leads/" + serving.lead.id() + "/step-down")
			.param("program", serving.program().toString())
			.with(user(staff))
			.with(csrf())
			.exchange();
		assertThat(again.getMvcResult().getFlashMap().get("problem"))
			.isEqualTo(serving.lead.displayName() + " doesn't lead a program now; the list below shows who does.");

		MvcTestResult unknown = mvc.post()
			.uri("/staff/leads/00000000-0000-0000-0000-000000000000/step-down")
			.with(user(staff))
			.with(csrf())
			.exchange();
		assertThat(unknown).hasStatus3xxRedirection().hasRedirectedUrl("/staff/leads");
		assertThat(unknown.getMvcResult().getFlashMap().get("problem"))
			.isEqualTo("That link names nobody Hearth knows as a lead volunteer. Choose the lead on the list below.");
		assertThat(mvc.post()
			.uri("/staff/leads/" + nobodyLead.id() + "/step-down")
			.with(user(staff))
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap()
			.get("problem"))
			.isEqualTo(nobodyLead.displayName() + " doesn't lead a program now; the list below shows who does.");
	}

	@Test
	void saysWarmlyThatALeadChoiceIsNotOneHearthKnows() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);

		MvcTestResult result = mvc.post()
			.uri("/staff/leads")
			.param("lead", "not-a-person")
			.param("program", serving.program().toString())
			.param("capacity", "5")
			.param("languages", "English")
			.param("timeZone", "UTC")
			.with(user(staff))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Please choose from the list; this value is not one Hearth knows.")
			.doesNotContain("Failed to convert", "java.util.UUID", "not-a-person");
	}

	@Test
	void refusesALanguageMadeOfInvisibleCharactersLikeAnEmptyOne() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);

		MvcTestResult result = mvc.post()
			.uri("/staff/leads")
			.param("lead", lead.id().toString())
			.param("program", serving.program().toString())
			.param("capacity", "5")
			.param("languages", "\u200B, \u2060\uFEFF")
			.param("timeZone", "UTC")
			.with(user(staff))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Name at least one language the lead speaks.");
		assertThat(leads.profilesOf(lead.id())).isEmpty();
	}

	private MvcTestResult changeCapacity(HearthUser staff, ServingVolunteers serving, String capacity, long version) {
		return mvc.post()
			.uri("/staff/leads/" + serving.lead.id() + "/capacity")
			.param("program", serving.program().toString())
			.param("capacity", capacity)
			.param("version", String.valueOf(version))
			.with(user(staff))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult ownCapacity(HearthUser lead, ServingVolunteers serving, String capacity, long version) {
		return mvc.post()
			.uri("/lead/capacity")
			.param("program", serving.program().toString())
			.param("capacity", capacity)
			.param("version", String.valueOf(version))
			.with(user(lead))
			.with(csrf())
			.exchange();
	}

	private LeadProfile profile(ServingVolunteers serving) {
		return leads.find(serving.lead.id(), serving.program()).orElseThrow();
	}

	private static String body(MvcTestResult result) {
		return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
