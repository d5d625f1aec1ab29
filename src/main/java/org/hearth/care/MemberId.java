package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

/** Identifies one community member. */
public record MemberId(UUID value) {

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
