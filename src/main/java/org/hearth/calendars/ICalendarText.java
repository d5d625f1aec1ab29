package org.hearth.calendars;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: lines end in CRLF and are folded at 75 octets without
 * splitting a character; text values are escaped.
 */
final class ICalendarText {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

	private static final int LINE_OCTETS = 75;

	private final StringBuilder out = new StringBuilder();

	/** A property whose value is written as it is (a date, a code, a rule). */
	ICalendarText raw(String name, String value) {
		fold(name + ":" + value);
		return this;
	}

	/** A property whose value is text, escaped. */
	ICalendarText text(String name, String value) {
		return raw(name, escape(value));
	}

	/** A point in time, in UTC. */
	ICalendarText at(String name, Instant instant) {
		return raw(name, UTC.format(instant));
	}

	/** A whole day. */
	ICalendarText day(String name, LocalDate day) {
		return raw(name + ";VALUE=DATE", DATE.format(day));
	}

	@Override
	public String toString() {
		return out.toString();
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "");
	}

	private void fold(String line) {
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LINE_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
