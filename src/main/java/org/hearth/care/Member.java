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
		String text = visible(handle);
		int colon = text.indexOf(':');
		if (colon > 0 && text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_-]{0,39}")
				&& !text.startsWith("//", colon + 1)) {
			return new Handle(platform(text.substring(0, colon)), handle(text.substring(colon + 1)));
		}
		return new Handle(platform(source == null || source.isBlank() ? "unknown" : source), handle(text));
	}

	/**
	 * Reads the handle of a member someone may need to reach now, from an event that must
	 * be acted on whatever it holds: it never refuses. A platform that is not a word
	 * reads as {@code unknown}, a handle that is too long is cut to its first 200
	 * characters, and a message with no handle at all is filed under
	 * {@code unidentified-} and the key of what raised it, so the alert still reaches a
	 * person who can look.
	 */
	static Member.Handle parseForAlert(String source, String handle, String key) {
		try {
			return parse(source, handle);
		}
		catch (RequestRefused refused) {
			String platform;
			try {
				platform = platform(source == null || source.isBlank() ? "unknown" : source);
			}
			catch (RequestRefused notAWord) {
				platform = "unknown";
			}
			String text = visible(handle);
			if (text.isEmpty()) {
				return new Handle(platform, "unidentified-" + key);
			}
			return new Handle(platform, firstCodePoints(text, 200).strip());
		}
	}

	private static String firstCodePoints(String text, int count) {
		return text.codePointCount(0, text.length()) <= count ? text
				: text.substring(0, text.offsetByCodePoints(0, count));
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
		String handle = visible(value);
		if (handle.isEmpty()) {
			throw new RequestRefused("handle",
					"Give the member's handle, such as their Discord user id or forum alias.");
		}
		if (handle.length() > 200) {
			throw new RequestRefused("handle", "A handle is at most 200 characters.");
		}
		return handle;
	}

	/**
	 * The text without invisible characters (zero-width spaces, direction marks, fillers)
	 * or control characters, so {@code race-2} and {@code race-2} with a zero-width space
	 * are one member, and a handle of nothing but invisible characters is no handle.
	 */
	private static String visible(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(value.length());
		value.codePoints().filter(Member::isVisible).forEach(text::appendCodePoint);
		return text.toString().strip();
	}

	private static boolean isVisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type != Character.FORMAT && type != Character.CONTROL && codePoint != 0x3164 && codePoint != 0x115F
				&& codePoint != 0x1160 && codePoint != 0xFFA0 && codePoint != 0x2800;
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
