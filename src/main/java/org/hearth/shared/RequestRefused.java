package org.hearth.shared;

/**
 * A request that a rule of the organisation refuses, with a message fit to show the
 * person who made it and, when it concerns one field of a form or body, that field's
 * name.
 */
public class RequestRefused extends RuntimeException {

	private final String field;

	public RequestRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public RequestRefused(String message) {
		this(null, message);
	}

	/** The field the refusal concerns, or {@code null}. */
	public String field() {
		return field;
	}

}
