package org.hearth.onboarding;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies an application to a program role. */
@NamedInterface("web")
public record ApplicationId(@JsonValue UUID value) {

	public ApplicationId {
		Objects.requireNonNull(value, "an application id needs a value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
