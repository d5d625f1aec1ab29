package org.hearth.conduct;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies a feedback on the conduct desk. */
@NamedInterface("web")
public record FeedbackId(@JsonValue UUID value) {

	public FeedbackId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static FeedbackId random() {
		return new FeedbackId(UUID.randomUUID());
	}

	public static FeedbackId of(String value) {
		return new FeedbackId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
