package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

/** Identifies one crisis resource. */
public record CrisisResourceId(UUID value) {

	public CrisisResourceId {
		Objects.requireNonNull(value, "an id has a value");
	}

	public static CrisisResourceId random() {
		return new CrisisResourceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
