package org.hearth.notifications;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hearth.people.Accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Notifies by e-mail to the person's address, with a link into Hearth when there is one.
 */
@Component
class MailedNotifications implements Notifications {

	private static final Log log = LogFactory.getLog(MailedNotifications.class);

	private final Accounts accounts;

	private final Mailer mailer;

	private final String baseUrl;

	MailedNotifications(Accounts accounts, Mailer mailer, @Value("${hearth.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Override
	public void notify(Notification notification) {
		var person = accounts.find(notification.recipient());
		if (person.isEmpty()) {
			log.warn("No account for " + notification.recipient() + "; not told: " + notification.subject());
			return;
		}
		String body = notification.link() == null ? notification.body()
				: notification.body() + "\n\n" + baseUrl + notification.link();
		mailer.send(person.get().email(), notification.subject(), body);
	}

}
