package org.hearth.conduct;

import java.util.Objects;
import java.util.UUID;

/** Identifies a report on the conduct desk. */
public record ReportId(UUID value) {

	public ReportId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static ReportId random() {
		return new ReportId(UUID.randomUUID());
	}

	public static ReportId of(String value) {
		return new ReportId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
