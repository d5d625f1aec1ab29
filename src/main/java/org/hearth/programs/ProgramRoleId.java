package org.hearth.programs;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a role within a program. */
public record ProgramRoleId(@JsonValue UUID value) {

	public ProgramRoleId {
		Objects.requireNonNull(value, "a program role id needs a value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
