package org.hearth.conduct;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a decision on the conduct desk. */
public record DecisionId(@JsonValue UUID value) {

	public DecisionId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static DecisionId random() {
		return new DecisionId(UUID.randomUUID());
	}

	public static DecisionId of(String value) {
		return new DecisionId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
