package org.hearth.checkins;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one weekly check-in. */
public record CheckInId(@JsonValue UUID value) {

	public CheckInId {
		Objects.requireNonNull(value, "a check-in id has a value");
	}

	public static CheckInId random() {
		return new CheckInId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
