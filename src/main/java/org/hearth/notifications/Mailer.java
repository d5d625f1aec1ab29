package org.hearth.notifications;

import java.util.Collection;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail from the organisation's address through the SMTP server set by
 * {@code spring.mail.*}. Without one (a first local run), each e-mail is written to the
 * log instead, so a reset link can still be followed.
 */
@Component
public class Mailer {

	private static final Log log = LogFactory.getLog(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final String organisation;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${hearth.mail.from}") String from,
			@Value("${hearth.organisation-name}") String organisation) {
		this.sender = sender;
		this.from = from;
		this.organisation = organisation;
	}

	/**
	 * Sends one message to many people at once, each hidden from the others (blind
	 * copies), so a team alert is one delivery however large the team.
	 */
	public void sendToAll(Collection<String> recipients, String subject, String body) {
		if (recipients.isEmpty()) {
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(from);
		message.setBcc(recipients.toArray(String[]::new));
		message.setSubject(Notification.oneLine(subject));
		message.setText(body + signature());
		deliver(message);
	}

	public void send(String to, String subject, String body) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(Notification.oneLine(subject));
		message.setText(body + signature());
		deliver(message);
	}

	/**
	 * The organisation signs its e-mail; Hearth is named only when the organisation has a
	 * name of its own, so nobody reads "Hearth, through Hearth".
	 */
	private String signature() {
		String name = organisation.strip();
		return "\n\n— " + (name.isEmpty() || name.equalsIgnoreCase("Hearth") ? "Hearth" : name + ", through Hearth")
				+ "\n";
	}

	private void deliver(SimpleMailMessage message) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("No SMTP server is configured (spring.mail.host), so this e-mail is only logged:\nTo: "
					+ String.join(", ", message.getTo())
					+ (message.getBcc() == null ? "" : "; blind copies: " + String.join(", ", message.getBcc()))
					+ "\nSubject: " + message.getSubject() + "\n\n" + message.getText());
			return;
		}
		smtp.send(message);
	}

}
