package org.hearth.people;

import org.hearth.shared.RequestRefused;

/** A request about an account that cannot be carried out. */
public class AccountException extends RequestRefused {

	public AccountException(String field, String message) {
		super(field, message);
	}

}
