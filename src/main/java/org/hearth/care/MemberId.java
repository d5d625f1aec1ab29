package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies one community member. */
@NamedInterface("web")
public record MemberId(@JsonValue UUID value) {

	public MemberId {
		Objects.requireNonNull(value, "an id has a value");
	}

	public static MemberId random() {
		return new MemberId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
