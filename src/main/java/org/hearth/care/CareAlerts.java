package org.hearth.care;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.Role;

import org.springframework.stereotype.Component;

/** Sends care's urgent alerts through the one notification service. */
@Component
class CareAlerts {

	private final Notifications notifications;

	private final Accounts accounts;

	CareAlerts(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	/** Everyone active in exactly this role, by id with their name. */
	Map<PersonId, String> everyone(Role role) {
		var people = new LinkedHashMap<PersonId, String>();
		for (Person person : accounts.search(role, null)) {
			if (person.role() == role && person.access() == Access.ACTIVE) {
				people.put(person.id(), person.displayName());
			}
		}
		return people;
	}

	/** The names of many people in one statement. */
	Map<PersonId, String> namesOf(Collection<PersonId> people) {
		return accounts.namesOf(people);
	}

	String nameOf(PersonId person) {
		return person == null ? "" : accounts.find(person).map(p -> p.displayName()).orElse("someone no longer here");
	}

	/**
	 * Tells each person at once. Notifications are stored in the caller's transaction, so
	 * an alert and the step that records it stand or fall together: a failure fails the
	 * whole step, which the event registry then keeps for another try.
	 */
	void urgent(Map<PersonId, String> recipients, String subject, String body, String link) {
		recipients.keySet()
			.forEach(person -> notifications
				.notify(new Notification(person, Topic.CARE, Urgency.URGENT, subject, body, link)));
	}

}
