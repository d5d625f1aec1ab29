package org.hearth.spaces;

import java.net.URI;
import java.net.URISyntaxException;

import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;

/** The checks the texts of spaces and announcements share. */
final class Texts {

	private Texts() {
	}

	/** A required text of at most {@code max} characters, stripped. */
	static String required(RequestRefused.Part field, String value, int max, String whenMissing) {
		String text = value == null ? "" : value.strip();
		if (StorableText.looksBlank(text)) {
			throw new RequestRefused(field, whenMissing);
		}
		if (text.length() > max) {
			throw new RequestRefused(field,
					"Please keep it to " + max + " characters; it has " + text.length() + " now.");
		}
		return text;
	}

	/** A required line: a text without line breaks. */
	static String line(RequestRefused.Part field, String value, int max, String whenMissing) {
		String text = required(field, value, max, whenMissing);
		if (text.contains("\n") || text.contains("\r")) {
			throw new RequestRefused(field, "Please keep it on one line.");
		}
		return text;
	}

	/**
	 * A web address people can open safely: https, with a host, no spaces, at most 300
	 * characters.
	 */
	static String webAddress(RequestRefused.Part field, String value) {
		String address = required(field, value, 300, "Give the address people open, starting with https://.");
		try {
			URI uri = new URI(address);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
				throw new RequestRefused(field, "Give an address starting with https://, such as "
						+ "https://discord.com/channels/… or https://forum.example.org/c/volunteers.");
			}
		}
		catch (URISyntaxException ex) {
			throw new RequestRefused(field, "That doesn't read as a web address; check it for spaces or typing "
					+ "slips, and start it with https://.");
		}
		return address;
	}

}
