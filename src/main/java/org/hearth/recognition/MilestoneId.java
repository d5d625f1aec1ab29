package org.hearth.recognition;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies a milestone a volunteer reached. */
@NamedInterface("web")
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
