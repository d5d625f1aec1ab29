package org.hearth.onboarding;

import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells applicants, volunteers and staff about applications, policies to acknowledge and
 * renewals, through the notification service, so each person's preferences and the
 * outbox's guarantees apply.
 */
@Component
class OnboardingNotices {

	private final Notifications notifications;

	private final Accounts accounts;

	OnboardingNotices(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(ApplicationSubmitted event) {
		tell(event.applicant(), "We received your application", """
				Hi %s,

				Thank you for applying to serve as %s. Staff will read your application soon, and you can see \
				where it stands at any time.""".formatted(name(event.applicant()), event.roleName()), "/apply");
		tellStaff("New application for " + event.roleName(),
				"%s applied to serve as %s.".formatted(name(event.applicant()), event.roleName()),
				"/staff/applications/" + event.application());
	}

	@ApplicationModuleListener
	void on(ApplicationAccepted event) {
		tell(event.applicant(), "Welcome to onboarding for " + event.roleName(), """
				Hi %s,

				Good news: your application to serve as %s goes ahead. Your checklist shows the courses, \
				policies and checks to complete before you start.""".formatted(name(event.applicant()),
				event.roleName()), "/applications/" + event.application());
	}

	@ApplicationModuleListener
	void on(ApplicationDeclined event) {
		tell(event.applicant(), "About your application for " + event.roleName(), """
				Hi %s,

				Thank you for wanting to serve as %s. This time we won't go ahead with your application:

				%s

				You're welcome in our community all the same.""".formatted(name(event.applicant()), event.roleName(),
				event.reason()), null);
	}

	@ApplicationModuleListener
	void on(ApplicationDisqualified event) {
		String others = event.rolesStillOpen().isEmpty()
				? "Staff are happy to talk with you about other ways to be part of the community."
				: "These roles are still open to you, if one speaks to you: "
						+ String.join(", ", event.rolesStillOpen()) + ".";
		tell(event.applicant(), "About your application for " + event.roleName(), """
				Hi %s,

				Thank you for everything you put into applying to serve as %s. One of the role's requirements \
				could not be met, so this application can't go further.

				%s""".formatted(name(event.applicant()), event.roleName(), others),
				"/applications/" + event.application());
	}

	@ApplicationModuleListener
	void on(AcknowledgementRequested event) {
		tell(event.volunteer(), "Please read the new " + event.policyTitle(),
				"""
						Hi %s,

						There is a new version (%d) of %s. Please read it and acknowledge it."""
					.formatted(name(event.volunteer()), event.version(), event.policyTitle()),
				"/acknowledgements/" + event.policyKey());
	}

	@ApplicationModuleListener
	void on(RenewalFellDue event) {
		tell(event.volunteer(), "Time to renew: " + event.what(), """
				Hi %s,

				%s needs renewing by %s so you can keep serving. Staff will help you with it."""
			.formatted(name(event.volunteer()), event.what(), event.dueOn()), "/service");
	}

	private void tell(PersonId person, String subject, String body, String link) {
		if (person != null) {
			notifications.notify(new Notification(person, Topic.JOURNEY, Urgency.ROUTINE, subject, body, link));
		}
	}

	private void tellStaff(String subject, String body, String link) {
		accounts.search(Role.STAFF, null).forEach(staff -> tell(staff.id(), subject, body, link));
	}

	private String name(PersonId id) {
		return id == null ? "someone" : accounts.find(id).map(PersonSummary::displayName).orElse("someone");
	}

}
