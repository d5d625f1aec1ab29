package org.hearth.spaces;

import java.util.Objects;
import java.util.UUID;

/** Identifies a shared space. */
public record SpaceId(UUID value) {

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
