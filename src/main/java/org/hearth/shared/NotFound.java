package org.hearth.shared;

/** Something asked for by id or key does not exist. */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

}
