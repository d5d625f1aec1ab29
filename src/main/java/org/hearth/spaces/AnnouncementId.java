package org.hearth.spaces;

import java.util.Objects;
import java.util.UUID;

/** Identifies an announcement. */
public record AnnouncementId(UUID value) {

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
