package org.hearth.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that a rule of the organisation refuses, with a message fit to show the
 * person who made it and, when it concerns fields of a form or body, each field's name
 * with what is wrong with it, so that one answer names every problem.
 */
public class RequestRefused extends RuntimeException {

	private final String field;

	private final Map<String, String> errors;

	public RequestRefused(String field, String message) {
		super(message);
		this.field = field;
		this.errors = field == null ? Map.of() : Map.of(field, message);
	}

	public RequestRefused(String message) {
		this(null, message);
	}

	/**
	 * Refuses for every field at once, in the order given; the message names them all.
	 */
	public RequestRefused(Map<String, String> errors) {
		super(String.join(" ", errors.values()));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("A refusal by fields names at least one field");
		}
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
		this.field = this.errors.keySet().iterator().next();
	}

	/** The first field the refusal concerns, or {@code null}. */
	public String field() {
		return field;
	}

	/** Every field the refusal concerns, with what is wrong with it; empty for none. */
	public Map<String, String> errors() {
		return errors;
	}

}
