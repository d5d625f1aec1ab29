package org.hearth.spaces;

import java.util.Objects;

import org.hearth.shared.RequestRefused;

/**
 * A place where the organisation's people meet: a Discord channel, a forum section or a
 * meeting link, listed for an audience, in the order admins choose.
 *
 * @param position where it is listed among the spaces, lowest first
 * @param version the version it was read at, so two admins cannot overwrite each other
 */
public record Space(SpaceId id, String name, SpaceKind kind, String url, String description, Audience audience,
		int position, long version) {

	/** The parts of a space it refuses. */
	public enum Part implements RequestRefused.Part {

		NAME, KIND, ADDRESS, DESCRIPTION, POSITION

	}

	public Space {
		Objects.requireNonNull(id, "id");
		name = Texts.line(Part.NAME, name, 80, "Name the space, such as \"#volunteer-lounge\".");
		if (kind == null) {
			throw new RequestRefused(Part.KIND, "Choose what kind of place it is.");
		}
		url = Texts.webAddress(Part.ADDRESS, url);
		description = Texts.required(Part.DESCRIPTION, description, 300,
				"Say in a sentence what the space is for, so people know when to go there.");
		Objects.requireNonNull(audience, "audience");
		if (position < 0 || position > 10_000) {
			throw new RequestRefused(Part.POSITION, "Give a place in the list from 0 to 10,000.");
		}
	}

}
