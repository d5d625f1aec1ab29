package org.hearth.people;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;

/**
 * Registrations for this e-mail address, or from this network address, reached their
 * share for the hour.
 */
@NamedInterface("web")
public class RegistrationThrottled extends AccountException {

	private final Duration wait;

	RegistrationThrottled(Duration wait) {
		super(null, "Many registrations came from here or for this address in the last hour. Please try again in "
				+ minutes(wait) + ".");
		this.wait = wait;
	}

	/** How long until a registration is taken again. */
	public Duration waitFor() {
		return wait;
	}

	private static String minutes(Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return minutes == 1 ? "a minute" : minutes + " minutes";
	}

}
