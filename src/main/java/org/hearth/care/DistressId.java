package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one alert about a volunteer in distress. */
public record DistressId(@JsonValue UUID value) {

	public DistressId {
		Objects.requireNonNull(value, "an id has a value");
	}

	public static DistressId random() {
		return new DistressId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
