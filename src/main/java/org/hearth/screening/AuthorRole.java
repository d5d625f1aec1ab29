package org.hearth.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * Who wrote a screened message; the same finding leads to different actions for each
 * role.
 */
public enum AuthorRole {

	VOLUNTEER, MEMBER;

	/**
	 * Parses the wire form ("volunteer" or "member", any case); empty when it is neither.
	 */
	public static Optional<AuthorRole> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "volunteer" -> Optional.of(VOLUNTEER);
			case "member" -> Optional.of(MEMBER);
			default -> Optional.empty();
		};
	}

	/** The wire form, in lower case. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
