package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one crisis resource. */
public record CrisisResourceId(@JsonValue UUID value) {

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
