package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies one alert about a volunteer in distress. */
@NamedInterface("web")
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
