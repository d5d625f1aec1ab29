package org.hearth.gatherings;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one training or lead meeting. */
public record GatheringId(@JsonValue UUID value) {

	public GatheringId {
		Objects.requireNonNull(value, "a gathering id has a value");
	}

	public static GatheringId random() {
		return new GatheringId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
