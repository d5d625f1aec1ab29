package org.hearth.notifications;

import java.util.Optional;

import org.hearth.onboarding.AcknowledgementRequested;
import org.hearth.onboarding.ApplicationAccepted;
import org.hearth.onboarding.ApplicationDeclined;
import org.hearth.onboarding.ApplicationDisqualified;
import org.hearth.onboarding.ApplicationSubmitted;
import org.hearth.onboarding.RenewalDue;
import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.volunteering.CommitmentEnding;
import org.hearth.volunteering.EnrolmentEnded;
import org.hearth.volunteering.LeadAssigned;
import org.hearth.volunteering.PauseEndReached;
import org.hearth.volunteering.VolunteerActivated;
import org.hearth.volunteering.VolunteerPaused;
import org.hearth.volunteering.VolunteerResumed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails along a volunteer's journey: their application, activation, lead, pauses,
 * commitment and renewals.
 */
@Component
class VolunteeringMail {

	private final Mailer mailer;

	private final Accounts accounts;

	private final String baseUrl;

	VolunteeringMail(Mailer mailer, Accounts accounts, @Value("${hearth.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(ApplicationSubmitted event) {
		to(event.applicant(), "We received your application", """
				Hi %s,

				Thank you for applying to serve as %s. Staff will read your application soon, and you can see
				where it stands at any time:

				%s/apply""".formatted(name(event.applicant()), event.roleName(), baseUrl));
		staff("New application for " + event.roleName(), "%s applied to serve as %s.\n\n%s/staff/applications/%s"
			.formatted(name(event.applicant()), event.roleName(), baseUrl, event.application()));
	}

	@ApplicationModuleListener
	void on(ApplicationAccepted event) {
		to(event.applicant(), "Welcome to onboarding for " + event.roleName(), """
				Hi %s,

				Good news: your application to serve as %s goes ahead. Your checklist shows the courses,
				policies and checks to complete before you start:

				%s/applications/%s""".formatted(name(event.applicant()), event.roleName(), baseUrl,
				event.application()));
	}

	@ApplicationModuleListener
	void on(ApplicationDeclined event) {
		to(event.applicant(), "About your application for " + event.roleName(), """
				Hi %s,

				Thank you for wanting to serve as %s. This time we won't go ahead with your application:

				%s

				You're welcome in our community all the same.""".formatted(name(event.applicant()), event.roleName(),
				event.reason()));
	}

	@ApplicationModuleListener
	void on(ApplicationDisqualified event) {
		String others = event.rolesStillOpen().isEmpty()
				? "Staff are happy to talk with you about other ways to be part of the community."
				: "These roles are still open to you, if one speaks to you: "
						+ String.join(", ", event.rolesStillOpen()) + ".";
		to(event.applicant(), "About your application for " + event.roleName(), """
				Hi %s,

				Thank you for everything you put into applying to serve as %s. One of the role's requirements
				could not be met, so this application can't go further.

				%s

				%s/applications/%s""".formatted(name(event.applicant()), event.roleName(), others, baseUrl,
				event.application()));
	}

	@ApplicationModuleListener
	void on(VolunteerActivated event) {
		to(event.volunteer(), "You're now serving as " + event.roleName(), """
				Hi %s,

				Welcome aboard: you're now serving as %s. Your lead volunteer is %s; reach out to them for
				check-ins, and whenever something weighs on you.

				Log your service and see your commitment here: %s/service""".formatted(name(event.volunteer()),
				event.roleName(), name(event.lead()), baseUrl));
	}

	@ApplicationModuleListener
	void on(LeadAssigned event) {
		to(event.lead(), "A volunteer is connected to you", """
				Hi %s,

				%s is now connected to you as their lead volunteer (%s).

				%s/lead/volunteers""".formatted(name(event.lead()), name(event.volunteer()), event.reason(), baseUrl));
		if (event.previousLead() != null) {
			to(event.volunteer(), "Your lead volunteer is now " + name(event.lead()), """
					Hi %s,

					Your lead volunteer is now %s (%s). They'll be in touch.""".formatted(name(event.volunteer()),
					name(event.lead()), event.reason()));
		}
	}

	@ApplicationModuleListener
	void on(VolunteerPaused event) {
		String text = "%s paused their service as %s until %s.".formatted(name(event.volunteer()), event.roleName(),
				event.until());
		to(event.lead(), name(event.volunteer()) + " is pausing", text);
		staff(name(event.volunteer()) + " is pausing", text);
	}

	@ApplicationModuleListener
	void on(VolunteerResumed event) {
		String text = "%s is serving again as %s.".formatted(name(event.volunteer()), event.roleName());
		to(event.lead(), name(event.volunteer()) + " is back", text);
		staff(name(event.volunteer()) + " is back", text);
	}

	@ApplicationModuleListener
	void on(PauseEndReached event) {
		to(event.volunteer(), "Your pause ended on " + event.until(), """
				Hi %s,

				Your pause from serving as %s ended on %s. When you're ready, resume here:

				%s/service

				If you need longer, or want to talk it through, your lead volunteer is there for you."""
			.formatted(name(event.volunteer()), event.roleName(), event.until(), baseUrl));
	}

	@ApplicationModuleListener
	void on(CommitmentEnding event) {
		to(event.volunteer(), "Your commitment ends on " + event.endsOn(), """
				Hi %s,

				Your commitment as %s ends on %s. Thank you for your service. Would you like to renew it,
				or wind down? Either is fine; choose here:

				%s/service""".formatted(name(event.volunteer()), event.roleName(), event.endsOn(), baseUrl));
	}

	@ApplicationModuleListener
	void on(EnrolmentEnded event) {
		staff(name(event.volunteer()) + " is no longer serving as " + event.roleName(),
				"%s: %s (%s).".formatted(name(event.volunteer()), event.state().label(), event.reason()));
	}

	@ApplicationModuleListener
	void on(AcknowledgementRequested event) {
		to(event.volunteer(), "Please read the new " + event.policyTitle(), """
				Hi %s,

				There is a new version (%d) of %s. Please read it and acknowledge it:

				%s/acknowledgements/%s""".formatted(name(event.volunteer()), event.version(), event.policyTitle(),
				baseUrl, event.policyKey()));
	}

	@ApplicationModuleListener
	void on(RenewalDue event) {
		to(event.volunteer(), "Time to renew: " + event.what(), """
				Hi %s,

				%s needs renewing by %s so you can keep serving. Staff will help you with it.

				%s/service""".formatted(name(event.volunteer()), event.what(), event.dueOn(), baseUrl));
	}

	private void to(PersonId person, String subject, String body) {
		person(person).ifPresent(p -> mailer.send(p.email(), subject, body));
	}

	private void staff(String subject, String body) {
		accounts.search(Role.STAFF, null).forEach(person -> mailer.send(person.email(), subject, body));
	}

	private Optional<PersonSummary> person(PersonId id) {
		return id == null ? Optional.empty() : accounts.find(id);
	}

	private String name(PersonId id) {
		return person(id).map(PersonSummary::displayName).orElse("someone");
	}

}
