package org.hearth.care;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.hearth.shared.RequestRefused;

/**
 * A community member, known only by their platform and their handle there (a Discord user
 * id, a forum alias), with an optional country, language and time zone that help choose
 * crisis resources for them. Nothing else is asked or kept.
 */
public record Member(MemberId id, String platform, String handle, String country, String language, String timeZone,
		Instant firstSeen, long version) {

	public Member {
		Objects.requireNonNull(id, "id");
		platform = platform(platform);
		handle = handle(handle);
		country = CrisisResource.country(country);
		language = CrisisResource.language(language);
		timeZone = zone(timeZone);
	}

	/**
	 * Reads a handle as integrations send it: {@code discord:1234} names its platform; a
	 * bare handle belongs to the platform the message came from.
	 */
	public static Member.Handle parse(String source, String handle) {
		String text = handle == null ? "" : handle.strip();
		int colon = text.indexOf(':');
		if (colon > 0 && text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
			return new Handle(platform(text.substring(0, colon)), handle(text.substring(colon + 1)));
		}
		return new Handle(platform(source == null || source.isBlank() ? "unknown" : source), handle(text));
	}

	/** A member's platform and handle. */
	public record Handle(String platform, String handle) {

		@Override
		public String toString() {
			return platform + ":" + handle;
		}

	}

	private static String platform(String value) {
		String platform = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!platform.matches("[a-z][a-z0-9_-]{0,39}")) {
			throw new RequestRefused("platform", "Name the platform in a word, such as discord or forum.");
		}
		return platform;
	}

	private static String handle(String value) {
		String handle = value == null ? "" : value.strip();
		if (handle.isEmpty()) {
			throw new RequestRefused("handle",
					"Give the member's handle, such as their Discord user id or forum alias.");
		}
		if (handle.length() > 200) {
			throw new RequestRefused("handle", "A handle is at most 200 characters.");
		}
		return handle;
	}

	static String zone(String value) {
		String zone = CrisisResource.blankToNull(value);
		if (zone == null) {
			return null;
		}
		try {
			return ZoneId.of(zone).getId();
		}
		catch (DateTimeException ex) {
			throw new RequestRefused("timeZone", "Choose a time zone such as Europe/London or America/Chicago.");
		}
	}

}
