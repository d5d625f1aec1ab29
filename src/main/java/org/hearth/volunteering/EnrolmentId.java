package org.hearth.volunteering;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one enrolment of a volunteer in a program role. */
public record EnrolmentId(@JsonValue UUID value) {

	public EnrolmentId {
		Objects.requireNonNull(value, "an enrolment id needs a value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
