package org.hearth.checkins;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies one weekly check-in. */
@NamedInterface("web")
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
