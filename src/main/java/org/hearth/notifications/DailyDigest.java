package org.hearth.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.shared.DailyClaim;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers the day's notifications of people who chose a daily digest into one e-mail
 * each. Every instance tries every hour from {@code hearth.notifications.digest-hour}
 * (UTC); the first to claim the day's row in {@code notification_job_run} does the work,
 * in the same transaction as the claim, so a crash half-way leaves the day for the next
 * try, and each notification is taken under a row lock and marked, so none goes in two
 * digests.
 */
@Component
class DailyDigest {

	private static final Log log = LogFactory.getLog(DailyDigest.class);

	static final String JOB = "daily-digest";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final NotificationStore store;

	private final OutboxStore outbox;

	private final MailDelivery delivery;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	private final Clock clock;

	private final String baseUrl;

	DailyDigest(NotificationStore store, OutboxStore outbox, MailDelivery delivery, Accounts accounts, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, NotificationSettings settings, Clock clock,
			@Value("${hearth.base-url}") String baseUrl) {
		this.store = store;
		this.outbox = outbox;
		this.delivery = delivery;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Scheduled(cron = "${hearth.notifications.digest-cron:0 15 * * * *}", zone = "UTC")
	void hourly() {
		sendAt(clock.instant());
	}

	/**
	 * Sends the digests of the day of {@code now} if it is past the digest hour and this
	 * instance claims the day first; returns how many digests went into the outbox, or
	 * {@code -1} when it was not this instance's to send.
	 */
	int sendAt(Instant now) {
		if (now.atZone(ZoneOffset.UTC).getHour() < settings.digestHour()) {
			return -1;
		}
		LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Integer sent = transactions.execute(status -> {
			if (!DailyClaim.claim(jdbc, "notification_job_run", JOB, day, now)) {
				return -1;
			}
			int digests = 0;
			for (PersonId person : store.awaitingDigest(now)) {
				List<InboxEntry> entries = store.takeForDigest(person, now, now);
				var recipient = accounts.find(person);
				if (entries.isEmpty() || recipient.isEmpty()) {
					continue;
				}
				outbox.enqueue(person, null, recipient.get().email(), subject(entries), body(recipient.get(), entries),
						false, now);
				digests++;
			}
			if (digests > 0) {
				delivery.nudgeAfterCommit();
			}
			return digests;
		});
		if (sent != null && sent >= 0) {
			log.info("Daily digest for " + day + ": " + sent + " e-mail(s)");
		}
		return sent == null ? -1 : sent;
	}

	private static String subject(List<InboxEntry> entries) {
		String subject = entries.size() == 1 ? "Your Hearth digest: " + entries.get(0).subject()
				: "Your Hearth digest: " + entries.size() + " notifications";
		return subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
	}

	private String body(PersonSummary person, List<InboxEntry> entries) {
		var body = new StringBuilder("Hi ").append(person.displayName())
			.append(",\n\nHere is what Hearth told you since your last digest.\n");
		for (InboxEntry entry : entries) {
			body.append("\n— ")
				.append(entry.subject())
				.append(" (")
				.append(TIME.format(entry.createdAt()))
				.append(")\n");
			body.append(entry.body()).append('\n');
			if (entry.link() != null) {
				body.append(baseUrl).append(entry.link()).append('\n');
			}
		}
		body.append("\nAll of them are in your list: ")
			.append(baseUrl)
			.append("/notifications\nChoose how Hearth tells you: ")
			.append(baseUrl)
			.append("/notifications/preferences");
		return body.toString();
	}

}
