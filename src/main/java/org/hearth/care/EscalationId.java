package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

/** Identifies one escalation. */
public record EscalationId(UUID value) {

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
