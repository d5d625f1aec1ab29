package org.hearth.notifications;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one stored notification. */
public record NotificationId(@JsonValue UUID value) {

	public NotificationId {
		Objects.requireNonNull(value, "a notification id needs a value");
	}

}
