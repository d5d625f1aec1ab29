package org.hearth.spaces;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a shared space. */
public record SpaceId(@JsonValue UUID value) {

	public SpaceId {
		Objects.requireNonNull(value, "value");
	}

	public static SpaceId random() {
		return new SpaceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
