package org.hearth.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A request that a rule of the organisation refuses, with a message fit to show the
 * person who made it and, when it concerns fields of a form or body, each field's name
 * with what is wrong with it, so that one answer names every problem. A service names the
 * fields of the form or body it read; an aggregate names the {@link Part} of its own
 * request in its own words, and the web layer that asked maps that part to its field
 * ({@link #showing}).
 */
public class RequestRefused extends RuntimeException {

	/**
	 * The part of a request an aggregate refused, named in the domain's words (an enum of
	 * the aggregate); never a form's field name.
	 */
	public interface Part {

	}

	private final String field;

	private final Map<String, String> errors;

	private final Part part;

	public RequestRefused(String field, String message) {
		this(field, null, message);
	}

	public RequestRefused(Part part, String message) {
		this(null, part, message);
	}

	public RequestRefused(String message) {
		this(null, null, message);
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
		this.part = null;
	}

	private RequestRefused(String field, Part part, String message) {
		super(message);
		this.field = field;
		this.errors = field == null ? Map.of() : Map.of(field, message);
		this.part = part;
	}

	/** The first field the refusal concerns, or {@code null}. */
	public String field() {
		return field;
	}

	/** Every field the refusal concerns, with what is wrong with it; empty for none. */
	public Map<String, String> errors() {
		return errors;
	}

	/** The part of an aggregate's request the refusal concerns, or {@code null}. */
	public Part part() {
		return part;
	}

	/**
	 * Runs {@code call}; a refusal of one of the parts in {@code fields} comes out
	 * concerning the field it maps to, so a form shows it beside that field and an API
	 * names that property.
	 */
	public static <T> T showing(Map<? extends Part, String> fields, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RequestRefused ex) {
			String named = ex.field == null && ex.part != null ? fields.get(ex.part) : null;
			if (named == null) {
				throw ex;
			}
			RequestRefused mapped = new RequestRefused(named, ex.part, ex.getMessage());
			mapped.setStackTrace(ex.getStackTrace());
			throw mapped;
		}
	}

	/** As {@link #showing(Map, Supplier)}, for a call that returns nothing. */
	public static void showing(Map<? extends Part, String> fields, Runnable call) {
		showing(fields, () -> {
			call.run();
			return null;
		});
	}

}
