package org.hearth.conduct;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a report on the conduct desk. */
public record ReportId(@JsonValue UUID value) {

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
