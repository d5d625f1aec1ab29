package org.hearth.site.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What was wrong with a JSON body, told in the API's words: where (line and column),
 * which field, and what kind of value it takes; never the parser's own message, which
 * names Java classes.
 *
 * @param field the field's path in the body ({@code messages[2].text}), or {@code null}
 * when the body is not JSON at all
 * @param message what to send instead
 * @param detail the whole explanation, with the place in the body
 */
record UnreadableJson(String field, String message, String detail) {

	static UnreadableJson of(JacksonException ex) {
		String where = where(ex.getLocation());
		if (ex instanceof StreamReadException && !(ex instanceof MismatchedInputException)) {
			return new UnreadableJson(null, null, "The body is not valid JSON" + where
					+ ": check for a missing quote, comma or closing bracket there.");
		}
		String field = field(ex);
		String message = message(ex);
		if (field == null) {
			return new UnreadableJson(null, message,
					"The body could not be read" + where + ": " + message + " The body is a JSON object.");
		}
		return new UnreadableJson(field, message,
				"The field \"" + field + "\"" + where + " needs another look: " + message);
	}

	private static String message(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "This endpoint takes no field called \"" + unknown.getPropertyName()
					+ "\"; see /v3/api-docs for the fields it takes.";
		}
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null) {
			return "\"" + format.getValue() + "\" is not " + expected(format.getTargetType()) + ".";
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "Send " + expected(mismatch.getTargetType()) + " here.";
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() instanceof IllegalArgumentException refused
				&& refused.getMessage() != null) {
			return refused.getMessage();
		}
		return "This value is not of the kind this field takes; see /v3/api-docs.";
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
	}

	private static String field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	/** The kind of value a Java type is sent as, in words a client's author knows. */
	static String expected(Class<?> type) {
		if (type == String.class || type == Character.class || type == char.class) {
			return "text in quotes";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "a whole number, such as 12";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
				|| type == BigDecimal.class) {
			return "a number, such as 2.5";
		}
		if (type == LocalDate.class) {
			return "a date like \"2026-12-31\"";
		}
		if (type == LocalDateTime.class) {
			return "a date and time like \"2026-12-31T18:30:00\"";
		}
		if (type == LocalTime.class) {
			return "a time like \"18:30\"";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "a moment in UTC like \"2026-12-31T18:30:00Z\"";
		}
		if (type == UUID.class) {
			return "an id like \"3f2c1a9e-5b7d-4c1e-9a2b-8d6f0e4c7a11\"";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(constant -> "\"" + ((Enum<?>) constant).name() + "\"")
				.collect(Collectors.joining(", "));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list in square brackets";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
			return "an object in curly braces";
		}
		return "a value of another kind";
	}

}
