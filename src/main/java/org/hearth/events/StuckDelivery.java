package org.hearth.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that has not reached one of its listeners after several tries.
 *
 * @param eventType the event's class name
 * @param listener the listener's method, as the event publication registry names it
 */
record StuckDelivery(UUID publication, String eventType, String listener, Instant publishedAt, int retries) {

	/** The event's simple name, such as {@code ScreeningFlagged}. */
	String eventName() {
		return eventType.substring(eventType.lastIndexOf('.') + 1);
	}

	/** The module the listener belongs to, such as {@code conduct}. */
	String listenerModule() {
		String prefix = "org.hearth.";
		if (!listener.startsWith(prefix)) {
			return "another part of Hearth";
		}
		int end = listener.indexOf('.', prefix.length());
		return end < 0 ? listener.substring(prefix.length()) : listener.substring(prefix.length(), end);
	}

}
