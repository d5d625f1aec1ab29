package org.hearth.programs;

import org.hearth.shared.RequestRefused;

/** A change to the organisation's setup that cannot be made as asked. */
class ProgramException extends RequestRefused {

	public ProgramException(String field, String message) {
		super(field, message);
	}

}
