package org.hearth.conduct;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a debrief on the conduct desk. */
public record DebriefId(@JsonValue UUID value) {

	public DebriefId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static DebriefId random() {
		return new DebriefId(UUID.randomUUID());
	}

	public static DebriefId of(String value) {
		return new DebriefId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
