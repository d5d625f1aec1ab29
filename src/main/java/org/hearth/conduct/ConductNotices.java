package org.hearth.conduct;

import org.hearth.notifications.Mailer;
import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what the desk decided or asks of them, in a gracious voice, through the
 * notification service. One exception: a decision for a volunteer who cannot sign in
 * carries a single-use reply link, a secret like a password-reset link, so that e-mail
 * goes straight through the {@link Mailer} and the link is never stored in the clear.
 */
@Component
class ConductNotices {

	private final Notifications notifications;

	private final Mailer mailer;

	private final Accounts accounts;

	private final ReplyLinks links;

	private final String baseUrl;

	ConductNotices(Notifications notifications, Mailer mailer, Accounts accounts, ReplyLinks links,
			@Value("${hearth.base-url}") String baseUrl) {
		this.notifications = notifications;
		this.mailer = mailer;
		this.accounts = accounts;
		this.links = links;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Tells the volunteer the outcome and the reasons. One who can sign in answers on
	 * their page; one who cannot (suspended or removed) gets a link that lets them
	 * respond or appeal once without signing in.
	 */
	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.volunteer() == null) {
			return;
		}
		accounts.find(decided.volunteer()).ifPresent(volunteer -> {
			String subject = decided.onAppeal() ? "The decision on your appeal"
					: "The outcome of a review of your volunteering";
			String text = """
					Hi %s,

					Staff reviewed a situation involving your volunteering individually, with care for \
					everyone involved. %s

					Outcome: %s
					%s

					Why we decided this:
					%s

					""".formatted(volunteer.displayName(),
					decided.onAppeal() ? "This is the decision on your appeal; it is final." : "",
					decided.outcome().label(), decided.outcome().meaning(), decided.rationale());
			String invitation = decided.onAppeal() ? "You're welcome to respond to it in your own words.\n"
					: "You're welcome to respond in your own words, and if you think the decision is wrong "
							+ "you may appeal it once; a different staff member will decide your appeal.\n";
			if (volunteer.access() == Access.ACTIVE) {
				notifications.notify(new Notification(volunteer.id(), Topic.CONDUCT, Urgency.ROUTINE, subject,
						text + invitation + "You can read this and answer it on your conduct page:",
						"/conduct/my#decision-" + decided.decision().value()));
			}
			else {
				mailer.send(volunteer.email(), subject, text + invitation + replyByLink(decided, volunteer));
			}
		});
	}

	private String replyByLink(CaseDecided decided, PersonSummary volunteer) {
		String token = links.issue(decided.decision(), volunteer.id());
		return """
				While you can't sign in, you can %s here, without signing in:
				%s/conduct/replies/%s

				This link is for you alone. It works once and for %d days. If it no longer works, reply to this \
				e-mail and staff will add your %s.""".formatted(decided.onAppeal() ? "respond" : "respond or appeal",
				baseUrl, token, ReplyLinks.VALID_FOR.toDays(), decided.onAppeal() ? "response" : "response or appeal");
	}

	@ApplicationModuleListener
	void on(DebriefRequested requested) {
		if (requested.lead() == null) {
			return;
		}
		String volunteer = accounts.find(requested.volunteer()).map(PersonSummary::displayName).orElse("A volunteer");
		String lead = accounts.find(requested.lead()).map(PersonSummary::displayName).orElse("there");
		notifications.notify(new Notification(requested.lead(), Topic.CONDUCT, Urgency.ROUTINE,
				volunteer + " asked for a debrief", """
						Hi %s,

						%s asked for a debrief (%s). Please reach out within two days, and mark it held in Hearth \
						once you've talked.""".formatted(lead, volunteer, requested.reason().label().toLowerCase()),
				"/lead/conduct/debriefs"));
	}

	@ApplicationModuleListener
	void on(FeedbackSent sent) {
		String volunteer = accounts.find(sent.volunteer()).map(PersonSummary::displayName).orElse("there");
		notifications.notify(new Notification(sent.volunteer(), Topic.CONDUCT, Urgency.ROUTINE,
				"You have feedback on your support", """
						Hi %s,

						You have new feedback on the support you give. It's meant to help you grow in your practice; \
						you can read it, acknowledge it and answer it on your conduct page.""".formatted(volunteer),
				"/conduct/my"));
	}

	/**
	 * Every staff member is alerted at once, whatever their preferences: it is urgent.
	 */
	@ApplicationModuleListener
	void on(CriticalCaseOpened opened) {
		String volunteer = opened.volunteer() == null ? "a community member"
				: accounts.find(opened.volunteer()).map(PersonSummary::displayName).orElse("a volunteer");
		String text = "A critical case about %s (%s) waits at the top of the queue.%s".formatted(volunteer,
				opened.category().label().toLowerCase(),
				opened.suspended() ? " Their access was suspended at once." : " Nobody's access has changed yet.");
		for (PersonSummary staff : accounts.search(Role.STAFF, null).stream().map(p -> p.summary()).toList()) {
			notifications.notify(new Notification(staff.id(), Topic.CONDUCT, Urgency.URGENT,
					"Critical case: review now", text, "/staff/conduct/cases/" + opened.caseId()));
		}
	}

}
