package org.hearth.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The time zone a person sees times in: their browser's own, which the page script keeps
 * in a cookie, or UTC until it is known. Times are stored as instants; only what is shown
 * and what is typed into a form are read in this zone.
 *
 * @param zone the zone to show and read times in
 */
public record ViewerZone(ZoneId zone) {

	/** The cookie the page script sets from the browser's time zone. */
	public static final String COOKIE = "hearth-tz";

	/** Until the browser has said otherwise. */
	public static final ViewerZone UTC = new ViewerZone(ZoneOffset.UTC);

	private static final int LONGEST_ZONE_ID = 60;

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM uuuu",
			Locale.ENGLISH);

	/**
	 * The zone named in the request's cookie, or UTC when there is none or it does not
	 * read.
	 */
	public static ViewerZone of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return named(cookie.getValue());
				}
			}
		}
		return UTC;
	}

	/**
	 * The zone of a region id such as {@code Europe/Berlin}, or UTC for anything else:
	 * the value comes from the browser, so a made-up or oversized one must not fail a
	 * page.
	 */
	public static ViewerZone named(String id) {
		if (id == null || id.isEmpty() || id.length() > LONGEST_ZONE_ID || !ZoneId.getAvailableZoneIds().contains(id)) {
			return UTC;
		}
		try {
			return new ViewerZone(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			return UTC;
		}
	}

	/**
	 * The instant a person meant by a wall-clock time typed in {@code zone}. A time the
	 * clocks skip, or one they pass twice, is refused beside {@code field}, rather than
	 * moved or guessed without a word.
	 */
	public static Instant instantOf(LocalDateTime typed, ZoneId zone, String field) {
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(typed);
		String when = typed.format(TYPED) + " in " + (zone.getId().equals("Z") ? "UTC" : zone.getId());
		if (offsets.isEmpty()) {
			throw new RequestRefused(field,
					"There is no " + when + ": the clocks go forward then. Choose a time before or after it.");
		}
		if (offsets.size() > 1) {
			throw new RequestRefused(field, when
					+ " happens twice, as the clocks go back then. Choose a time outside that hour, or give it in UTC.");
		}
		return typed.toInstant(offsets.get(0));
	}

	/**
	 * The time of a person meant in this zone, as
	 * {@link #instantOf(LocalDateTime, ZoneId, String)}.
	 */
	public Instant instantOf(LocalDateTime typed, String field) {
		return instantOf(typed, zone, field);
	}

	/** The zone's name as people read it beside a time, such as {@code Europe/Berlin}. */
	public String label() {
		return zone.getId().equals("Z") ? "UTC" : zone.getId();
	}

}
