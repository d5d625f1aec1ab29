package org.hearth.notifications;

import java.util.Objects;

import org.hearth.people.PersonId;

/**
 * Something one person should know.
 *
 * @param recipient who is told
 * @param topic what it is about, which the person's preferences are kept by
 * @param urgency whether it may wait for a digest
 * @param subject a short line, the e-mail's subject and the in-app title
 * @param body the text, plain and complete in itself
 * @param link where in Hearth the person acts on it, as a path such as
 * {@code /care/escalations/…}, or {@code null}
 */
public record Notification(PersonId recipient, Topic topic, Urgency urgency, String subject, String body, String link) {

	public Notification {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(urgency, "urgency");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
		// A subject is one line: line breaks from a title someone typed become spaces, so
		// nothing typed can add a header to the e-mail.
		subject = oneLine(subject);
		if (subject.isBlank() || subject.length() > 300) {
			throw new IllegalArgumentException("A notification's subject is one line of 1 to 300 characters");
		}
		if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
			throw new IllegalArgumentException("A notification's link is a path within Hearth, such as /conduct/my");
		}
	}

	/** What a notification is about. */
	public enum Topic {

		/** The person's own account. */
		ACCOUNT("Your account"),
		/** Applications, onboarding, activation, leads, pauses and commitment. */
		JOURNEY("Your volunteer journey"),
		/** Reports, cases, decisions, debriefs and feedback. */
		CONDUCT("Reports, cases, debriefs and feedback"),
		/** Crisis escalations and volunteers in distress. */
		CARE("Crisis alerts and volunteers in distress"),
		/** Check-ins, trainings, meetings and reminders of the care rhythm. */
		RHYTHM("Check-ins, trainings and meetings"),
		/** Announcements staff post to a role or a program. */
		ANNOUNCEMENTS("Announcements from staff");

		private final String label;

		Topic(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Whether a notification may wait. */
	public enum Urgency {

		/** May be gathered into a daily digest if the person prefers. */
		ROUTINE,
		/**
		 * Someone may be in danger or must act now: sent at once, never held for a
		 * digest.
		 */
		URGENT

	}

	/**
	 * The text on one line: each run of line breaks and the spaces around it is one
	 * space.
	 */
	static String oneLine(String text) {
		return text.replaceAll("[ \\t]*[\\r\\n\\u0085\\u2028\\u2029]+[ \\t]*", " ").strip();
	}

}
