package org.hearth.recognition;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a milestone a volunteer reached. */
public record MilestoneId(@JsonValue UUID value) {

	public MilestoneId {
		Objects.requireNonNull(value, "value");
	}

	public static MilestoneId random() {
		return new MilestoneId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
