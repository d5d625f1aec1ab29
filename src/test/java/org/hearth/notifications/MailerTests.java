package org.hearth.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Every e-mail is signed once, by the organisation that sends it. */
class MailerTests {

	private final List<SimpleMailMessage> sent = new ArrayList<>();

	private final JavaMailSender smtp = new JavaMailSenderImpl() {
		@Override
		public void send(SimpleMailMessage... messages) {
			sent.addAll(List.of(messages));
		}
	};

	@Test
	void signsAsTheOrganisationThroughHearth() {
		mailer("Riverside Peer Support").send("sky@example.org", "Hello", "Welcome.");

		assertThat(sent).singleElement()
			.extracting(SimpleMailMessage::getText)
			.isEqualTo("Welcome.\n\n— Riverside Peer Support, through Hearth\n");
	}

	@Test
	void signsOnlyOnceWhenTheOrganisationKeepsTheNameHearth() {
		mailer("Hearth").sendToAll(List.of("sky@example.org", "ben@example.org"), "Hello", "Welcome.");

		assertThat(sent).singleElement().extracting(SimpleMailMessage::getText).isEqualTo("Welcome.\n\n— Hearth\n");
	}

	private Mailer mailer(String organisation) {
		var beans = new StaticListableBeanFactory(Map.of("mailSender", smtp));
		return new Mailer(beans.getBeanProvider(JavaMailSender.class), "hearth@example.org", organisation);
	}

}
