package org.hearth.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hearth.EarlierMail;
import org.hearth.HearthTest;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications stored with the change that caused them and e-mailed through the outbox,
 * against a real SMTP server (GreenMail) that is stopped and started again, and with two
 * senders sharing one database as two instances of Hearth would.
 */
@HearthTest
class NotificationDeliveryIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	OutboxStore outbox;

	@Autowired
	Mailer mailer;

	@Autowired
	NotificationSettings settings;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MailOutbox mailOutbox;

	GreenMail mail;

	@BeforeEach
	void setAsideEarlierClassesMail() {
		EarlierMail.setAside(jdbc);
	}

	@BeforeEach
	void startMailServer() {
		mail = new GreenMail(new ServerSetup(Integer.getInteger("hearth.test.smtp-port", 3025), "localhost",
				ServerSetup.PROTOCOL_SMTP));
		mail.start();
	}

	@AfterEach
	void stopMailServer() {
		mail.stop();
	}

	@Test
	void keepsNothingWhenTheCallersTransactionRollsBack() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			notifications.notify(routine(volunteer, "Rolled back"));
			status.setRollbackOnly();
		});
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> notifications.notify(routine(volunteer, "Committed")));

		assertThat(jdbc.sql("select subject from notification where recipient_id = :id")
			.param("id", volunteer.id().value())
			.query(String.class)
			.list()).containsExactly("Committed");
		assertThat(jdbc.sql("select subject from mail_outbox where recipient_id = :id")
			.param("id", volunteer.id().value())
			.query(String.class)
			.list()).containsExactly("Committed");
		await().until(() -> subjectsTo(volunteer.email()).contains("Committed"));
	}

	@Test
	void deliversOnceWhenTheMailServerComesBack() throws Exception {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		mail.stop();

		notifications.notify(new Notification(lead.id(), Topic.CARE, Urgency.URGENT, "A member may be in danger",
				"Please acknowledge the alert.", "/notifications"));

		// The attempt right after the commit fails and is put off, with its error kept.
		await().until(() -> attemptsTo(lead.email()) >= 1);
		OutboxEntry waiting = mailOutbox.waiting()
			.stream()
			.filter(entry -> entry.toAddress().equals(lead.email()))
			.findFirst()
			.orElseThrow();
		assertThat(waiting.lastError()).isNotBlank();
		assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());

		mail = new GreenMail(new ServerSetup(Integer.getInteger("hearth.test.smtp-port", 3025), "localhost",
				ServerSetup.PROTOCOL_SMTP));
		mail.start();
		// Once the wait is over, the next pass sends it; later passes do not send it
		// again.
		delivery.deliverDue(Clock.systemUTC().instant().plus(Duration.ofHours(2)));
		delivery.deliverDue(Clock.systemUTC().instant().plus(Duration.ofHours(4)));

		List<MimeMessage> received = messagesTo(lead.email());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("A member may be in danger");
		assertThat(received.get(0).getContent().toString()).contains("Please acknowledge the alert.",
				"http://localhost:8080/notifications");
		assertThat(mailOutbox.waiting()).noneMatch(entry -> entry.toAddress().equals(lead.email()));
	}

	@Test
	void sendsEachNotificationOnceWhenTwoInstancesDeliverFromOneDatabase() throws Exception {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		mail.stop();
		var subjects = new ArrayList<String>();
		for (int i = 0; i < 30; i++) {
			String subject = "Notice " + i;
			subjects.add(subject);
			notifications.notify(routine(staff, subject));
		}
		await().until(() -> attemptsTo(staff.email()) >= 1);
		mail = new GreenMail(new ServerSetup(Integer.getInteger("hearth.test.smtp-port", 3025), "localhost",
				ServerSetup.PROTOCOL_SMTP));
		mail.start();

		// Two senders of their own, as two instances would have, racing over one outbox.
		var first = new MailDelivery(outbox, mailer, transactionManager, settings, Clock.systemUTC());
		var second = new MailDelivery(outbox, mailer, transactionManager, settings, Clock.systemUTC());
		var later = Clock.systemUTC().instant().plus(Duration.ofHours(2));
		var start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> passes = pool.invokeAll(List.of(() -> {
				start.await();
				return first.deliverDue(later);
			}, () -> {
				start.await();
				return second.deliverDue(later);
			}), 60, TimeUnit.SECONDS);
			for (Future<Integer> pass : passes) {
				pass.get();
			}
		}
		finally {
			pool.shutdownNow();
			first.destroy();
			second.destroy();
		}

		await().until(() -> messagesTo(staff.email()).size() >= subjects.size());
		Map<String, Long> times = messagesTo(staff.email()).stream()
			.collect(Collectors.groupingBy(NotificationDeliveryIntegrationTests::subject, Collectors.counting()));
		assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(subjects);
		assertThat(times.values()).allMatch(count -> count == 1);
	}

	@Test
	void sendsAnUrgentAlertBeforeABacklogOfRoutineMailBeingRetried() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser facilitator = PeopleFixture.create(accounts, Role.LEAD);
		Instant longAgo = Clock.systemUTC().instant().minus(Duration.ofHours(1));
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			for (int i = 0; i < 20; i++) {
				notifications.notify(routine(volunteer, "Backlog " + i));
			}
			// Routine mail the server refused before, due again: a backlog of retries.
			jdbc.sql("""
					update mail_outbox set attempts = 3, created_at = :longAgo, next_attempt_at = :longAgo
					where recipient_id = :id""")
				.param("longAgo", Timestamp.from(longAgo))
				.param("id", volunteer.id().value())
				.update();
			notifications.notify(new Notification(facilitator.id(), Topic.CARE, Urgency.URGENT,
					"A member may be in danger", "Please acknowledge the alert.", "/notifications"));
		});

		await().atMost(Duration.ofSeconds(60))
			.until(() -> messagesTo(volunteer.email()).size() == 20 && messagesTo(facilitator.email()).size() == 1);
		List<String> arrived = Arrays.stream(mail.getReceivedMessages())
			.map(NotificationDeliveryIntegrationTests::subject)
			.filter(subject -> subject.startsWith("Backlog ") || subject.equals("A member may be in danger"))
			.toList();
		// First, or second when another sender had claimed a routine e-mail at the same
		// moment; behind the backlog, it would be 21st.
		assertThat(arrived.indexOf("A member may be in danger")).isLessThanOrEqualTo(1);
	}

	@Test
	void anUrgentEMailTheServerRefusesDoesNotHoldBackTheMailBehindIt() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		// Due since long ago, so these two lead the pass: first an urgent e-mail to an
		// address no server takes, then one that can go.
		Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			outbox.enqueue(volunteer.id(), null, "nobody at all@", "Urgent to nowhere", "Undeliverable.", true,
					longAgo);
			outbox.enqueue(volunteer.id(), null, volunteer.email(), "Behind a refused one", "Deliverable.", true,
					longAgo.plusSeconds(1));
		});

		int sent = delivery.deliverDue(Clock.systemUTC().instant());

		assertThat(sent).as("e-mails sent in the pass the refused one led").isPositive();
		await().until(() -> messagesTo(volunteer.email()).size() == 1);
		assertThat(attemptsTo("nobody at all@")).isPositive();
	}

	private static Notification routine(HearthUser person, String subject) {
		return new Notification(person.id(), Topic.JOURNEY, Urgency.ROUTINE, subject, "Something to know.", null);
	}

	private int attemptsTo(String email) {
		return jdbc.sql("select coalesce(max(attempts), 0) from mail_outbox where to_address = :to")
			.param("to", email)
			.query(Integer.class)
			.single();
	}

	private List<MimeMessage> messagesTo(String email) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private List<String> subjectsTo(String email) {
		return messagesTo(email).stream().map(NotificationDeliveryIntegrationTests::subject).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
