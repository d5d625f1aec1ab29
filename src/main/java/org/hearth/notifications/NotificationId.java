package org.hearth.notifications;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stored notification. */
public record NotificationId(UUID value) {

	public NotificationId {
		Objects.requireNonNull(value, "a notification id needs a value");
	}

}
