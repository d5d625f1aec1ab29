package org.hearth.gatherings;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies one training or lead meeting. */
@NamedInterface("web")
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
