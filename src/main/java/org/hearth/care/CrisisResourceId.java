package org.hearth.care;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies one crisis resource. */
@NamedInterface("web")
public record CrisisResourceId(@JsonValue UUID value) {

	public CrisisResourceId {
		Objects.requireNonNull(value, "an id has a value");
	}

	public static CrisisResourceId random() {
		return new CrisisResourceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
