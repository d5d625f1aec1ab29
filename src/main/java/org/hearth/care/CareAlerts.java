package org.hearth.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

/**
 * Sends care's urgent alerts through the one notification service, and reports who could
 * not be told rather than hiding it: the caller writes every failure where people see it.
 */
@Component
class CareAlerts {

	private static final Log log = LogFactory.getLog(CareAlerts.class);

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

	String nameOf(PersonId person) {
		return person == null ? "" : accounts.find(person).map(p -> p.displayName()).orElse("someone no longer here");
	}

	/**
	 * Tells each person at once; returns the names of those who could not be told, so the
	 * caller records them and the ladder goes on.
	 */
	List<String> urgent(Map<PersonId, String> recipients, String subject, String body, String link) {
		var failed = new java.util.ArrayList<String>();
		recipients.forEach((person, name) -> {
			try {
				notifications.notify(new Notification(person, Topic.CARE, Urgency.URGENT, subject, body, link));
			}
			catch (RuntimeException ex) {
				log.error("Could not alert " + name + " (" + person + "): " + subject, ex);
				failed.add(name);
			}
		});
		return failed;
	}

}
