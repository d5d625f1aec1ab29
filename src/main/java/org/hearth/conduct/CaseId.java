package org.hearth.conduct;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a case on the conduct desk. */
public record CaseId(@JsonValue UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
