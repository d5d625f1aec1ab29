package org.hearth.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily digest on a real database and a real SMTP server: routine news waits for the
 * day's one e-mail while urgent news goes at once, and the day's digest is sent once even
 * when two instances run the job at the same hour.
 */
@HearthTest
class DailyDigestIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Inbox inbox;

	@Autowired
	Accounts accounts;

	@Autowired
	DailyDigest digest;

	@Autowired
	NotificationStore store;

	@Autowired
	OutboxStore outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	NotificationSettings settings;

	@Value("${hearth.base-url}")
	String baseUrl;

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
	void gathersRoutineNewsIntoOneDailyEmailAndSendsUrgentNewsAtOnce() throws Exception {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		inbox.choose(lead.id(), Map.of(Topic.RHYTHM, Delivery.DIGEST, Topic.CARE, Delivery.DIGEST));

		tell(lead, Topic.RHYTHM, Urgency.ROUTINE, "Sam missed a check-in");
		tell(lead, Topic.RHYTHM, Urgency.ROUTINE, "Training on Thursday");
		tell(lead, Topic.CARE, Urgency.URGENT, "A member may be in danger");

		// Delivery is driven here as well as by its own thread: the suite's shared
		// database
		// holds other classes' e-mails, all due, ahead of this one.
		await().until(() -> deliveredBy(Clock.systemUTC().instant(),
				() -> subjectsTo(lead.email()).contains("A member may be in danger")));
		assertThat(subjectsTo(lead.email())).containsExactly("A member may be in danger");
		assertThat(inbox.unread(lead.id())).isEqualTo(3);

		Instant morning = someDayAt(settings.digestHour());
		assertThat(digest.sendAt(morning)).isPositive();
		await().until(() -> deliveredBy(morning, () -> subjectsTo(lead.email()).size() == 2));
		MimeMessage daily = messagesTo(lead.email()).stream()
			.filter(message -> subject(message).startsWith("Your Hearth digest"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(daily)).isEqualTo("Your Hearth digest: 2 notifications");
		assertThat(daily.getContent().toString())
			.contains("Sam missed a check-in", "Training on Thursday", baseUrl + "/notifications/preferences")
			.doesNotContain("A member may be in danger");

		// Later the same day nothing goes again; news after the digest waits for the next
		// day's.
		tell(lead, Topic.RHYTHM, Urgency.ROUTINE, "Lead meeting notes");
		assertThat(digest.sendAt(morning.plusSeconds(3600))).isEqualTo(-1);
		assertThat(digest.sendAt(morning.plusSeconds(86_400))).isPositive();
		await().until(() -> deliveredBy(morning.plusSeconds(86_400),
				() -> subjectsTo(lead.email()).contains("Your Hearth digest: Lead meeting notes")));
		assertThat(subjectsTo(lead.email())).hasSize(3);
	}

	@Test
	void waitsForTheDigestHour() {
		Instant early = someDayAt(settings.digestHour() - 1);

		assertThat(digest.sendAt(early)).isEqualTo(-1);
		assertThat(jdbc.sql("select count(*) from notification_job_run where slot = :day")
			.param("day", java.sql.Date.valueOf(LocalDate.ofInstant(early, ZoneOffset.UTC)))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void sendsTheDaysDigestOnceWhenTwoInstancesRunTheJobTogether() throws Exception {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		inbox.choose(staff.id(), Map.of(Topic.JOURNEY, Delivery.DIGEST));
		tell(staff, Topic.JOURNEY, Urgency.ROUTINE, "New application for Forum Responder");

		Instant morning = someDayAt(settings.digestHour() + 1);
		var first = new DailyDigest(store, outbox, delivery, accounts, jdbc, transactionManager, settings,
				Clock.systemUTC(), baseUrl);
		var second = new DailyDigest(store, outbox, delivery, accounts, jdbc, transactionManager, settings,
				Clock.systemUTC(), baseUrl);
		var start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> results;
		try {
			List<Future<Integer>> runs = pool.invokeAll(List.of(() -> {
				start.await();
				return first.sendAt(morning);
			}, () -> {
				start.await();
				return second.sendAt(morning);
			}), 60, TimeUnit.SECONDS);
			results = List.of(runs.get(0).get(), runs.get(1).get());
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(results).containsOnlyOnce(-1);
		assertThat(jdbc
			.sql("select count(*) from mail_outbox where to_address = :to and subject like 'Your Hearth digest%'")
			.param("to", staff.email())
			.query(Integer.class)
			.single()).isEqualTo(1);
		await().until(() -> deliveredBy(morning,
				() -> subjectsTo(staff.email()).contains("Your Hearth digest: New application for Forum Responder")));
		assertThat(subjectsTo(staff.email())).hasSize(1);
	}

	/** Sends one pass of what is due at {@code at}, then asks whether it arrived. */
	private boolean deliveredBy(Instant at, java.util.function.BooleanSupplier arrived) {
		delivery.deliverDue(at);
		return arrived.getAsBoolean();
	}

	/** A day of its own for each test, far ahead, so tests never share a day's claim. */
	private static Instant someDayAt(int hour) {
		LocalDate day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000));
		return day.atTime(hour, 30).toInstant(ZoneOffset.UTC);
	}

	private void tell(HearthUser person, Topic topic, Urgency urgency, String subject) {
		notifications
			.notify(new Notification(person.id(), topic, urgency, subject, "About: " + subject, "/notifications"));
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
		return messagesTo(email).stream().map(DailyDigestIntegrationTests::subject).toList();
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
