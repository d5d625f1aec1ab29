package org.hearth.spaces;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.modulith.NamedInterface;

/** Identifies an announcement. */
@NamedInterface("web")
public record AnnouncementId(@JsonValue UUID value) {

	public AnnouncementId {
		Objects.requireNonNull(value, "value");
	}

	public static AnnouncementId random() {
		return new AnnouncementId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
