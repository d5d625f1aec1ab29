package org.hearth.screening.web;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with one message of a batch, by field, in the words the API uses for a
 * whole body: which field and what kind of value it takes, never the parser's own
 * message, which names Java classes.
 */
final class ItemProblems {

	private ItemProblems() {
	}

	/** The problem of a message whose JSON does not read as a message. */
	static Map<String, String> of(JacksonException ex) {
		String field = field(ex);
		String message;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			message = "A message takes no field called \"" + unknown.getPropertyName()
					+ "\"; see /v3/api-docs for the fields it takes.";
		}
		else if (ex instanceof InvalidFormatException format && format.getTargetType() != null) {
			message = "\"" + format.getValue() + "\" is not " + expected(format.getTargetType()) + ".";
		}
		else if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			message = "Send " + expected(mismatch.getTargetType()) + " here.";
		}
		else {
			message = "This value is not of the kind this field takes; see /v3/api-docs.";
		}
		return Map.of(field == null ? "message" : field, message);
	}

	/**
	 * The field a validation problem concerns, as the JSON names it
	 * ({@code previousMessages[2]}).
	 */
	static String field(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString().replace(".<list element>", "");
		return path.isEmpty() ? "message" : path;
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

	private static String expected(Class<?> type) {
		if (type == String.class) {
			return "text in quotes";
		}
		if (type == UUID.class) {
			return "an id like \"3f2c1a9e-5b7d-4c1e-9a2b-8d6f0e4c7a11\"";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list in square brackets";
		}
		return "an object in curly braces";
	}

}
