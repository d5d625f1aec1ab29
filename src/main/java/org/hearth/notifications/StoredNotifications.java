package org.hearth.notifications;

import java.time.Clock;
import java.time.Instant;

import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.Accounts;
import org.hearth.people.PersonSummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people through Hearth's own list and by e-mail. The notification and, when it is
 * to be e-mailed at once, its e-mail are stored in the caller's transaction: news about a
 * change is kept exactly when the change is. The e-mail then leaves through the outbox
 * ({@link MailDelivery}) after the commit, and is retried until the mail server takes it.
 */
@Service
class StoredNotifications implements Notifications {

	private final Accounts accounts;

	private final NotificationStore store;

	private final OutboxStore outbox;

	private final MailDelivery delivery;

	private final Clock clock;

	private final String baseUrl;

	StoredNotifications(Accounts accounts, NotificationStore store, OutboxStore outbox, MailDelivery delivery,
			Clock clock, @Value("${hearth.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.store = store;
		this.outbox = outbox;
		this.delivery = delivery;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Override
	@Transactional
	public void notify(Notification notification) {
		PersonSummary person = accounts.find(notification.recipient())
			.orElseThrow(() -> new IllegalArgumentException("Nobody to notify: no person " + notification.recipient()));
		Delivery preferred = store.preferences(person.id()).getOrDefault(notification.topic(), Delivery.EMAIL);
		Delivery chosen = DeliveryPolicy.decide(notification.urgency(), preferred, person.access());
		Instant now = clock.instant();
		NotificationId id = store.insert(notification, chosen, now);
		if (chosen == Delivery.EMAIL) {
			outbox.enqueue(person.id(), id, person.email(), notification.subject(), mailBody(notification),
					notification.urgency() == Urgency.URGENT, now);
			delivery.nudgeAfterCommit();
		}
	}

	private String mailBody(Notification notification) {
		var body = new StringBuilder(notification.body());
		if (notification.link() != null) {
			body.append("\n\n").append(baseUrl).append(notification.link());
		}
		body.append("\n\nChoose how Hearth tells you about ")
			.append(notification.topic().label().toLowerCase())
			.append(": ")
			.append(baseUrl)
			.append("/notifications/preferences");
		return body.toString();
	}

}
