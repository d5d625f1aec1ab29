package org.hearth.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

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

	/** The zone's name as people read it beside a time, such as {@code Europe/Berlin}. */
	public String label() {
		return zone.getId().equals("Z") ? "UTC" : zone.getId();
	}

}
