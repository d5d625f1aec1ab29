package org.hearth.gatherings;

import java.net.URI;
import java.net.URISyntaxException;

import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;

/**
 * Where people gather: online, at a link everyone invited may follow, or at a place.
 * Exactly one of the two.
 *
 * @param link the address of the online meeting, or {@code null}
 * @param place where to come, or {@code null}
 */
public record Venue(String link, String place) {

	/** The part of a venue it refuses. */
	public enum Part implements RequestRefused.Part {

		LINK, PLACE

	}

	static final int LONGEST_LINK = 500;

	static final int LONGEST_PLACE = 300;

	public Venue {
		link = link == null || link.isBlank() ? null : link.strip();
		place = place == null || place.isBlank() ? null : StorableText.clean(place).strip();
		if (link == null && place == null) {
			throw new RequestRefused(Part.LINK, "Give the link of the online meeting, or the place where people meet.");
		}
		if (link != null && place != null) {
			throw new RequestRefused(Part.PLACE,
					"Choose one: a link for an online meeting, or a place. Leave the other empty.");
		}
		if (link != null) {
			if (link.length() > LONGEST_LINK || !isWebAddress(link)) {
				throw new RequestRefused(Part.LINK,
						"Give the meeting's full web address, starting with https://, such as https://meet.example.org/hearth.");
			}
		}
		else if (place.length() > LONGEST_PLACE) {
			throw new RequestRefused(Part.PLACE, "Please keep the place under 300 characters.");
		}
	}

	public static Venue online(String link) {
		return new Venue(link, null);
	}

	public static Venue at(String place) {
		return new Venue(null, place);
	}

	public boolean online() {
		return link != null;
	}

	/** "Online" or the place, for a line of a list. */
	public String described() {
		return online() ? "Online" : place;
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
