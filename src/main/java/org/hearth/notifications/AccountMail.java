package org.hearth.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.hearth.people.PasswordResetRequested;
import org.hearth.people.RegistrationAttempted;
import org.hearth.people.RegistrationRequested;

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

	@ApplicationModuleListener
	void on(RegistrationRequested event) {
		mailer.send(event.email(), "Finish registering with Hearth", """
				Hi %s,

				Thank you for wanting to volunteer with us. Open this link to create your account:

				%s

				The link works once and until %s. If you didn't register, you can ignore this
				e-mail; no account is created without it.""".formatted(event.displayName(), event.link(),
				TIME.format(event.expiresAt())));
	}

	@ApplicationModuleListener
	void on(RegistrationAttempted event) {
		mailer.send(event.email(), "Someone tried to register with your e-mail", """
				Hi %s,

				Someone just tried to register a new Hearth account with this e-mail address. You
				already have an account, so nothing was created and nothing about your account
				changed.

				If it was you and you've forgotten your password, open this link to choose a new
				one (it works once and until %s):

				%s

				If it wasn't you, you can ignore this e-mail.""".formatted(event.displayName(),
				TIME.format(event.expiresAt()), event.resetLink()));
	}

}
