package org.hearth.programs;

import java.util.Objects;
import java.util.UUID;

/** Identifies a program. */
public record ProgramId(UUID value) {

	public ProgramId {
		Objects.requireNonNull(value, "a program id needs a value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
