package org.hearth.programs;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a program. */
public record ProgramId(@JsonValue UUID value) {

	public ProgramId {
		Objects.requireNonNull(value, "a program id needs a value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
