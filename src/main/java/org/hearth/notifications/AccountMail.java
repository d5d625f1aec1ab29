package org.hearth.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.hearth.people.PasswordResetRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails about a person's own account. */
@Component
class AccountMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC' 'on' d MMMM yyyy")
		.withZone(ZoneOffset.UTC);

	private final Mailer mailer;

	AccountMail(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		mailer.send(event.email(), "Set a new password for Hearth", """
				Hi %s,

				Someone, hopefully you, asked to set a new password for your Hearth account.
				Open this link to choose one:

				%s

				The link works once and until %s. If you didn't ask, you can ignore this e-mail;
				your password stays as it is.""".formatted(event.displayName(), event.link(),
				TIME.format(event.expiresAt())));
	}

}
