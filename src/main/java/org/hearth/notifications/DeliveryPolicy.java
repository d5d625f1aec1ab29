package org.hearth.notifications;

import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.Access;

/**
 * Decides how one notification reaches its recipient. The person's choice for the topic
 * holds for routine news; an urgent notification is e-mailed at once whatever they chose,
 * because someone may be in danger; and a person who cannot sign in (suspended or
 * removed) would never see the list in Hearth, so they are e-mailed at once too.
 */
final class DeliveryPolicy {

	private DeliveryPolicy() {
	}

	static Delivery decide(Urgency urgency, Delivery preferred, Access access) {
		if (urgency == Urgency.URGENT || access != Access.ACTIVE) {
			return Delivery.EMAIL;
		}
		return preferred;
	}

}
