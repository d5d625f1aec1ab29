package org.hearth.people;

import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/** A request about an account that cannot be carried out. */
@NamedInterface("web")
public class AccountException extends RequestRefused {

	public AccountException(String field, String message) {
		super(field, message);
	}

}
