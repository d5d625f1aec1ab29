package org.hearth.notifications;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies one stored notification. */
@NamedInterface("web")
public record NotificationId(@JsonValue UUID value) {

	public NotificationId {
		Objects.requireNonNull(value, "a notification id needs a value");
	}

}
