package org.hearth.care;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.hearth.programs.Platform;
import org.hearth.shared.RequestRefused;

/**
 * A community member, known only by their platform and their handle there (a Discord user
 * id, a forum alias), with an optional country, language and time zone that help choose
 * crisis resources for them. Nothing else is asked or kept. The platform is one Hearth
 * knows: Discord, the forum, or {@link Platform#OTHER}, for a member someone could not
 * place (a message from an integration Hearth does not know), with what was given kept in
 * {@code platformGiven} so the people on duty can still find them.
 */
public record Member(MemberId id, Platform platform, String platformGiven, String handle, String country,
		String language, String timeZone, Instant firstSeen, long version) {

	/** The parts of a member's description it refuses. */
	public enum Part implements RequestRefused.Part {

		PLATFORM, HANDLE, TIME_ZONE

	}

	/** What {@link #refusedPlatform} says: what to choose. */
	static final String CHOOSE_A_PLATFORM = "Choose where the member is: discord, forum, or other when it is "
			+ "somewhere else.";

	public Member {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(platform, "platform");
		platformGiven = platform == Platform.OTHER ? given(platformGiven) : null;
		handle = handle(handle);
		country = CrisisResource.country(country);
		language = CrisisResource.language(language);
		timeZone = zone(timeZone);
	}

	/** The member's platform and handle, as the pages show them. */
	public Handle asHandle() {
		return new Handle(platform, handle, platformGiven);
	}

	/**
	 * Reads a handle as a person or an integration sends it, refusing a platform Hearth
	 * does not know: {@code discord:1234} names its platform; any other handle belongs to
	 * the platform chosen with it.
	 */
	public static Member.Handle parse(String platform, String handle) {
		String text = visible(handle);
		Optional<Handle> named = namingItsPlatform(text);
		if (named.isPresent()) {
			return new Handle(named.get().platform(), handle(named.get().handle()), null);
		}
		Platform chosen = Platform.ofCode(platform).orElseThrow(() -> refusedPlatform(platform));
		return new Handle(chosen, handle(text), null);
	}

	/**
	 * Reads the handle of a member someone may need to reach now, from an event that must
	 * be acted on whatever it holds: it never refuses. A platform Hearth does not know
	 * reads as {@link Platform#OTHER}, keeping the word given; a handle that is too long
	 * is cut to its first 200 characters; and a message with no handle at all is filed
	 * under {@code unidentified-} and the key of what raised it, so the alert still
	 * reaches a person who can look.
	 */
	static Member.Handle parseForAlert(String source, String handle, String key) {
		String text = visible(handle);
		Optional<Handle> named = namingItsPlatform(text);
		Optional<Platform> known = Platform.ofCode(source);
		Handle read;
		if (named.isPresent()) {
			read = named.get();
		}
		else if (known.isPresent()) {
			read = new Handle(known.get(), text, null);
		}
		else {
			read = namingAPlatformHearthDoesNotKnow(text)
				.orElseGet(() -> new Handle(Platform.OTHER, text, given(source)));
		}
		String name = read.handle().isEmpty() ? "unidentified-" + key : firstCodePoints(read.handle(), 200).strip();
		return new Handle(read.platform(), name, read.platformGiven());
	}

	/**
	 * A handle such as {@code forum:willow}, whose word before the colon is a platform.
	 */
	private static Optional<Handle> namingItsPlatform(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || text.startsWith("//", colon + 1)) {
			return Optional.empty();
		}
		return Platform.ofCode(text.substring(0, colon))
			.map(platform -> new Handle(platform, text.substring(colon + 1).strip(), null));
	}

	/**
	 * A handle such as {@code mastodon:willow} from an integration that says no platform:
	 * the word is kept as the platform given.
	 */
	private static Optional<Handle> namingAPlatformHearthDoesNotKnow(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || text.startsWith("//", colon + 1) || !text.substring(0, colon).matches(WORD)) {
			return Optional.empty();
		}
		return Optional.of(new Handle(Platform.OTHER, text.substring(colon + 1).strip(), text.substring(0, colon)));
	}

	private static final String WORD = "[A-Za-z][A-Za-z0-9_.-]{0,39}";

	private static RequestRefused refusedPlatform(String given) {
		String word = visible(given);
		return new RequestRefused(Part.PLATFORM, word.isEmpty() ? CHOOSE_A_PLATFORM : "Hearth does not know \u201c"
				+ firstCodePoints(word, 40) + "\u201d as a platform. " + CHOOSE_A_PLATFORM);
	}

	/** What an integration gave as the platform, kept short and visible, or null. */
	private static String given(String value) {
		String text = visible(value);
		return text.isEmpty() ? null : firstCodePoints(text, 40).strip();
	}

	private static String firstCodePoints(String text, int count) {
		return text.codePointCount(0, text.length()) <= count ? text
				: text.substring(0, text.offsetByCodePoints(0, count));
	}

	/**
	 * A member's platform and handle; for {@link Platform#OTHER}, the platform as it was
	 * given, or null when nothing was.
	 */
	public record Handle(Platform platform, String handle, String platformGiven) {

		public Handle {
			Objects.requireNonNull(platform, "platform");
			Objects.requireNonNull(handle, "handle");
			platformGiven = platform == Platform.OTHER ? platformGiven : null;
		}

		/** Where a person on duty looks for the member, such as "other (mastodon)". */
		public String where() {
			return platformGiven == null ? platform.code() : platform.code() + " (" + platformGiven + ")";
		}

		@Override
		public String toString() {
			return platform.code() + ":" + handle;
		}

	}

	private static String handle(String value) {
		String handle = visible(value);
		if (handle.isEmpty()) {
			throw new RequestRefused(Part.HANDLE,
					"Give the member's handle, such as their Discord user id or forum alias.");
		}
		if (handle.length() > 200) {
			throw new RequestRefused(Part.HANDLE, "A handle is at most 200 characters.");
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
			throw new RequestRefused(Part.TIME_ZONE, "Choose a time zone such as Europe/London or America/Chicago.");
		}
	}

}
