package org.hearth.volunteering;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;

/**
 * Languages as people type them (English and Japanese, split at commas), kept as a tidy
 * lower-case list; an entry that shows nothing (zero-width or other invisible characters
 * only) is no language and is dropped, like an empty one.
 */
public final class Languages {

	private Languages() {
	}

	public static List<String> parse(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;]"))
			.map(language -> language.strip().toLowerCase(Locale.ROOT))
			.filter(language -> !StorableText.looksBlank(language))
			.distinct()
			.toList();
	}

	/** A time zone such as {@code Europe/Berlin}, or a refusal naming the field. */
	public static String timeZone(String field, String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone.strip()).getId();
		}
		catch (DateTimeException ex) {
			throw new RequestRefused(field, "Choose a time zone such as Europe/London or America/Chicago.");
		}
	}

}
