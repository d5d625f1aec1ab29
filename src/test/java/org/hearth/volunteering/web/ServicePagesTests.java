package org.hearth.volunteering.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.StatementCounter;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceEntry;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The service figures a volunteer and their lead read. */
@HearthTest
class ServicePagesTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	Programs catalog;

	@Autowired
	Accounts accounts;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Autowired
	ServiceLog serviceLog;

	@Test
	void showsServedHoursWithoutAPercentageOfNothingOnTheFirstDay() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		serviceLog.decide(
				serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), new BigDecimal("5"), "First evening").id(),
				true, serving.lead);

		assertThat(mvc.get().uri("/service").with(user(volunteer))).hasStatusOk()
			.bodyText()
			.contains("Approved service: <span>5 hours so far;")
			.doesNotContain("of 0 hours", "(100%)");
	}

	@Test
	void showsTheVolunteerTheServiceStillWaitingForApproval() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), new BigDecimal("2.5"), "Evening shift");

		assertThat(mvc.get().uri("/service").with(user(volunteer))).bodyText()
			.contains("Waiting for your lead volunteer’s approval")
			.contains("2.5 hours on " + LocalDate.now())
			.contains("Evening shift");
	}

	@Test
	void saysPausedOnceWithTheDate() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		LocalDate until = LocalDate.now().plusWeeks(2);
		enrolments.pause(enrolment.id(), volunteer, until);

		assertThat(mvc.get().uri("/service").with(user(volunteer))).bodyText()
			.contains("Paused</span>", "<span>until " + until + "</span>")
			.doesNotContain("Paused until");
	}

	@Test
	void saysWhyNoOtherLeadIsOfferedForAReassignment() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.get().uri("/staff/enrolments/" + enrolment.id()).with(user(staff))).bodyText()
			.contains("Nobody else leads this program yet")
			.doesNotContain("<button type=\"submit\">Reassign</button>");

		HearthUser away = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(away.id(), enrolment.program(), 5, "English", "Europe/London");
		leads.goAway(away.id(), LocalDate.now().plusWeeks(1), serving.lead.id());

		assertThat(mvc.get().uri("/staff/enrolments/" + enrolment.id()).with(user(staff))).bodyText()
			.contains("No other lead of the program can take them right now:",
					away.displayName() + " is away until " + LocalDate.now().plusWeeks(1), "Lead volunteers")
			.doesNotContain("<button type=\"submit\">Reassign</button>");
	}

	@Test
	void asksStaffToConfirmBeforeALeadStepsDown() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		HearthUser other = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(other.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.post().uri("/staff/leads/" + other.id() + "/step-down").with(user(staff)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains(
					other.displayName() + " steps down as a lead of "
							+ catalog.program(enrolment.program()).orElseThrow().name() + "?",
					"Nobody is connected to them now.", "name=\"confirmed\" value=\"true\"", "No, keep them as a lead");
		assertThat(leads.find(other.id(), enrolment.program()).orElseThrow().steppedDownAt()).isNull();

		assertThat(mvc.post()
			.uri("/staff/leads/" + other.id() + "/step-down")
			.param("program", enrolment.program().value().toString())
			.param("confirmed", "true")
			.param("reason", "Moving abroad")
			.with(user(staff))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(leads.find(other.id(), enrolment.program()).orElseThrow().steppedDownAt()).isNotNull();
	}

	@Test
	void keepsTheReasonForEveryReassignment() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		HearthUser other = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(other.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.post()
			.uri("/staff/enrolments/" + enrolment.id() + "/lead")
			.param("lead", other.id().toString())
			.with(user(staff))
			.with(csrf())).flash()
			.containsEntry("problem", "Say why you are connecting them to another lead; it stays in their history.");
		assertThat(enrolments.find(enrolment.id()).orElseThrow().lead()).isEqualTo(serving.lead.id());

		mvc.post()
			.uri("/staff/enrolments/" + enrolment.id() + "/lead")
			.param("lead", other.id().toString())
			.param("reason", "Shares the volunteer's evening hours")
			.with(user(staff))
			.with(csrf())
			.exchange();
		assertThat(enrolments.find(enrolment.id()).orElseThrow().lead()).isEqualTo(other.id());
		assertThat(enrolments.leadHistory(enrolment.id()))
			.anySatisfy(period -> assertThat(period.reason()).isEqualTo("Shares the volunteer's evening hours"));
	}

	@Test
	void refusesAReassignmentFromAPageThatAnotherStaffMembersChangeMadeStale() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		HearthUser first = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(first.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser second = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(second.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser colleague = PeopleFixture.create(accounts, Role.STAFF);

		// Both open the page at the same time; it carries the version it showed.
		assertThat(mvc.get().uri("/staff/enrolments/" + enrolment.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("name=\"version\" value=\"" + enrolment.version() + "\"");
		assertThat(reassign(colleague, enrolment, first, "Closer time zone")).flash()
			.containsEntry("notice", "Connected to " + first.displayName() + ".");

		assertThat(reassign(staff, enrolment, second, "Shares their language")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("problem",
					"Someone changed " + volunteer.displayName()
							+ "'s service since you opened this page (their lead is now " + first.displayName()
							+ "), so nothing was changed. Reload the page to see who changed it, then choose again.");
		assertThat(enrolments.find(enrolment.id()).orElseThrow().lead()).isEqualTo(first.id());
		assertThat(enrolments.leadHistory(enrolment.id())).extracting(period -> period.reason())
			.doesNotContain("Shares their language");

		Enrolment reloaded = enrolments.find(enrolment.id()).orElseThrow();
		assertThat(reassign(staff, reloaded, second, "Shares their language")).flash()
			.containsEntry("notice", "Connected to " + second.displayName() + ".");
	}

	private MvcTestResult reassign(HearthUser staff, Enrolment asShown, HearthUser lead, String reason) {
		return mvc.post()
			.uri("/staff/enrolments/" + asShown.id() + "/lead")
			.param("lead", lead.id().toString())
			.param("reason", reason)
			.param("version", String.valueOf(asShown.version()))
			.with(user(staff))
			.with(csrf())
			.exchange();
	}

	@Test
	void updatesTheVolunteersTotalsWhenTheLeadApprovesInPlace() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		HearthUser volunteer = serving.volunteer();
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		ServiceEntry entry = serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), new BigDecimal("3"), null);

		var result = mvc.post()
			.uri("/lead/service-entries/" + entry.id() + "/decision")
			.param("approve", "true")
			.header("HX-Request", "true")
			.with(user(serving.lead))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"waiting\"", "Approved.")
			.contains("id=\"volunteers\"", "hx-swap-oob=\"true\"", "3 hours so far;")
			.doesNotContain("<html");
	}

	@Test
	void readsTheLeadsPageWithAsManyStatementsHoweverManyVolunteersTheyLead() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		logToApprove(serving.volunteer(), "2");
		page(serving.lead, false);
		int before = StatementCounter.statementsOf(() -> page(serving.lead, false));
		int waitingBefore = StatementCounter.statementsOf(() -> page(serving.lead, true));
		HearthUser third = serving.volunteer();
		logToApprove(serving.volunteer(), "1");
		logToApprove(third, "4");

		String html = page(serving.lead, false);
		assertThat(html).contains("Approve " + third.displayName() + "’s service on " + LocalDate.now(),
				">" + third.displayName() + "</a>", "<td>0 hours so far;");
		assertThat(StatementCounter.statementsOf(() -> page(serving.lead, false))).isEqualTo(before).isPositive();
		assertThat(StatementCounter.statementsOf(() -> page(serving.lead, true))).isEqualTo(waitingBefore).isPositive();
	}

	private void logToApprove(HearthUser volunteer, String hours) {
		Enrolment enrolment = enrolments.ofVolunteer(volunteer.id()).get(0);
		serviceLog.log(enrolment.id(), volunteer, LocalDate.now(), new BigDecimal(hours), null);
	}

	private String page(HearthUser lead, boolean waitingOnly) {
		var request = mvc.get().uri("/lead/volunteers").with(user(lead));
		if (waitingOnly) {
			request = request.header("HX-Request", "true");
		}
		try {
			return request.exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void letsOnePersonLeadInSeveralProgramsAndStepDownFromOne() {
		var first = new ServingVolunteers(catalog, accounts, leads, enrolments);
		Enrolment firstEnrolment = enrolments.ofVolunteer(first.volunteer().id()).get(0);
		var second = new ServingVolunteers(catalog, accounts, leads, enrolments);
		Enrolment secondEnrolment = enrolments.ofVolunteer(second.volunteer().id()).get(0);
		HearthUser both = first.lead;
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.post()
			.uri("/staff/leads")
			.param("lead", both.id().toString())
			.param("program", secondEnrolment.program().value().toString())
			.param("capacity", "3")
			.param("languages", "English")
			.param("timeZone", "Europe/London")
			.with(user(staff))
			.with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", both.displayName() + " is now a lead of the program.");
		assertThat(leads.servingProfilesOf(both.id())).extracting(LeadProfile::program)
			.containsExactlyInAnyOrder(firstEnrolment.program(), secondEnrolment.program());

		mvc.post()
			.uri("/staff/enrolments/" + secondEnrolment.id() + "/lead")
			.param("lead", both.id().toString())
			.param("reason", "Knows the volunteer from the other program")
			.with(user(staff))
			.with(csrf())
			.exchange();
		assertThat(enrolments.find(secondEnrolment.id()).orElseThrow().lead()).isEqualTo(both.id());
		assertThat(leads.find(both.id(), firstEnrolment.program()).orElseThrow().load()).isEqualTo(1);
		assertThat(leads.find(both.id(), secondEnrolment.program()).orElseThrow().load()).isEqualTo(1);

		assertThat(mvc.post()
			.uri("/staff/leads/" + both.id() + "/step-down")
			.param("program", secondEnrolment.program().value().toString())
			.with(user(staff))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains(
					both.displayName() + " steps down as a lead of "
							+ catalog.program(secondEnrolment.program()).orElseThrow().name() + "?",
					"1 volunteer(s) will be connected", "Any other program they lead stays as it is.");
		mvc.post()
			.uri("/staff/leads/" + both.id() + "/step-down")
			.param("program", secondEnrolment.program().value().toString())
			.param("confirmed", "true")
			.param("reason", "Focusing on one program")
			.with(user(staff))
			.with(csrf())
			.exchange();

		assertThat(enrolments.find(secondEnrolment.id()).orElseThrow().lead()).isEqualTo(second.lead.id());
		assertThat(enrolments.find(firstEnrolment.id()).orElseThrow().lead()).isEqualTo(both.id());
		assertThat(leads.find(both.id(), secondEnrolment.program()).orElseThrow().serving()).isFalse();
		assertThat(leads.find(both.id(), firstEnrolment.program()).orElseThrow().serving()).isTrue();
	}

	@Test
	void refusesMakingSomeoneALeadOfAProgramTheyAlreadyLead() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		Enrolment enrolment = enrolments.ofVolunteer(serving.volunteer().id()).get(0);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		assertThat(mvc.post()
			.uri("/staff/leads")
			.param("lead", serving.lead.id().toString())
			.param("program", enrolment.program().value().toString())
			.param("capacity", "3")
			.param("languages", "English")
			.param("timeZone", "Europe/London")
			.with(user(staff))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains(serving.lead.displayName() + " already leads "
					+ catalog.program(enrolment.program()).orElseThrow().name() + ".");
		assertThat(leads.profilesOf(serving.lead.id())).hasSize(1);
	}

	@Test
	void auditsAReassignmentWithItsReasonAndShowsItInTheHistory() {
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		Enrolment enrolment = enrolments.ofVolunteer(serving.volunteer().id()).get(0);
		HearthUser other = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(other.id(), enrolment.program(), 5, "English", "Europe/London");
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String reason = "Evening hours suit them " + System.nanoTime();

		mvc.post()
			.uri("/staff/enrolments/" + enrolment.id() + "/lead")
			.param("lead", other.id().toString())
			.param("reason", reason)
			.with(user(staff))
			.with(csrf())
			.exchange();

		assertThat(mvc.get().uri("/staff/enrolments/" + enrolment.id()).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains(other.displayName() + ", from ", "(now): " + reason);
		assertThat(audit.find(new AuditQuery(null, "lead.assigned", "enrolment", enrolment.id().toString(), null, null),
				10))
			.anySatisfy(entry -> assertThat(entry.details()).contains(other.displayName(), reason));
	}

}
