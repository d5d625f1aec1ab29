package org.hearth.notifications;

import java.time.Instant;

import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;

import org.springframework.modulith.NamedInterface;

/** One notification as its recipient sees it in their list. */
@NamedInterface("web")
public record InboxEntry(NotificationId id, Topic topic, Urgency urgency, String subject, String body, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

}
