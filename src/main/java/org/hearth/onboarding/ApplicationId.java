package org.hearth.onboarding;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application to a program role. */
public record ApplicationId(UUID value) {

	public ApplicationId {
		Objects.requireNonNull(value, "an application id needs a value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
