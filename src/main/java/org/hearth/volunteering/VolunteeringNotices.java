package org.hearth.volunteering;

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
 * Tells volunteers, their leads and staff about activation, leads, pauses, commitment and
 * the end of service, through the notification service, so each person's preferences and
 * the outbox's guarantees apply.
 */
@Component
class VolunteeringNotices {

	private final Notifications notifications;

	private final Accounts accounts;

	VolunteeringNotices(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(VolunteerActivated event) {
		tell(event.volunteer(), "You're now serving as " + event.roleName(), """
				Hi %s,

				Welcome aboard: you're now serving as %s. Your lead volunteer is %s; reach out to them for \
				check-ins, and whenever something weighs on you.

				Log your service and see your commitment in Hearth.""".formatted(name(event.volunteer()),
				event.roleName(), name(event.lead())), "/service");
	}

	@ApplicationModuleListener
	void on(LeadAssigned event) {
		tell(event.lead(), "A volunteer is connected to you", """
				Hi %s,

				%s is now connected to you as their lead volunteer (%s).""".formatted(name(event.lead()),
				name(event.volunteer()), event.reason()), "/lead/volunteers");
		if (event.previousLead() != null) {
			tell(event.volunteer(), "Your lead volunteer is now " + name(event.lead()), """
					Hi %s,

					Your lead volunteer is now %s (%s). They'll be in touch.""".formatted(name(event.volunteer()),
					name(event.lead()), event.reason()), null);
		}
	}

	@ApplicationModuleListener
	void on(VolunteerPaused event) {
		String text = "%s paused their service as %s until %s.".formatted(name(event.volunteer()), event.roleName(),
				event.until());
		tell(event.lead(), name(event.volunteer()) + " is pausing", text, "/lead/volunteers");
		tellStaff(name(event.volunteer()) + " is pausing", text);
	}

	@ApplicationModuleListener
	void on(VolunteerResumed event) {
		String text = "%s is serving again as %s.".formatted(name(event.volunteer()), event.roleName());
		tell(event.lead(), name(event.volunteer()) + " is back", text, "/lead/volunteers");
		tellStaff(name(event.volunteer()) + " is back", text);
	}

	@ApplicationModuleListener
	void on(PauseRanOut event) {
		tell(event.volunteer(), "Your pause ended on " + event.until(), """
				Hi %s,

				Your pause from serving as %s ended on %s. When you're ready, resume in Hearth.

				If you need longer, or want to talk it through, your lead volunteer is there for you."""
			.formatted(name(event.volunteer()), event.roleName(), event.until()), "/service");
	}

	@ApplicationModuleListener
	void on(CommitmentEndApproached event) {
		tell(event.volunteer(), "Your commitment ends on " + event.endsOn(), """
				Hi %s,

				Your commitment as %s ends on %s. Thank you for your service. Would you like to renew it, \
				or wind down? Either is fine; choose in Hearth.""".formatted(name(event.volunteer()), event.roleName(),
				event.endsOn()), "/service");
	}

	@ApplicationModuleListener
	void on(EnrolmentEnded event) {
		tellStaff(name(event.volunteer()) + " is no longer serving as " + event.roleName(),
				"%s: %s (%s).".formatted(name(event.volunteer()), event.state().label(), event.reason()));
	}

	private void tell(PersonId person, String subject, String body, String link) {
		if (person != null) {
			notifications.notify(new Notification(person, Topic.JOURNEY, Urgency.ROUTINE, subject, body, link));
		}
	}

	private void tellStaff(String subject, String body) {
		accounts.search(Role.STAFF, null).forEach(staff -> tell(staff.id(), subject, body, null));
	}

	private String name(PersonId id) {
		return id == null ? "someone" : accounts.find(id).map(PersonSummary::displayName).orElse("someone");
	}

}
