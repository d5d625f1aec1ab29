package org.hearth.notifications;

import org.springframework.modulith.NamedInterface;

/**
 * How a person wants to hear about a topic, beyond the list in Hearth that always has
 * every notification.
 */
@NamedInterface("web")
public enum Delivery {

	/** Only in Hearth's list, under the bell. */
	IN_APP("In Hearth only"),
	/** E-mailed at once. */
	EMAIL("E-mail at once"),
	/** Gathered into one e-mail a day. */
	DIGEST("Daily digest e-mail");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
