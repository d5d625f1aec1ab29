package org.hearth.people;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a person; other modules refer to people by this id alone. */
public record PersonId(@JsonValue UUID value) implements java.io.Serializable {

	public PersonId {
		Objects.requireNonNull(value, "a person id needs a value");
	}

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
