package org.hearth.notifications;

/**
 * The one way Hearth tells a person something: a reminder, an alert, an outcome. Every
 * module sends through it, so that a person's preferences, their in-app list and the
 * delivery guarantees are the same whatever the news.
 */
public interface Notifications {

	/**
	 * Tells one person. Urgent notifications are e-mailed at once whatever the person's
	 * preferences; routine ones follow them.
	 */
	void notify(Notification notification);

}
