package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one escalation. */
public record EscalationId(@JsonValue UUID value) {

	public EscalationId {
		Objects.requireNonNull(value, "an id has a value");
	}

	public static EscalationId random() {
		return new EscalationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
