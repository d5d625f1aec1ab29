package org.hearth.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.notifications.OutboxStore.OutgoingMail;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails in the outbox. Each instance looks for due e-mails every
 * {@code hearth.notifications.delivery-interval}, and at once after a transaction that
 * queued one commits. An e-mail is claimed, sent and marked sent in one transaction that
 * holds its row, so no other instance sends it too. When sending fails the e-mail waits
 * longer after each failure; a few failures in a row end the pass (the server is down and
 * is not hammered), while one refused e-mail does not hold back the rest. Once the server
 * is back, everything waiting goes out. Urgent e-mails go first in every pass, and a
 * failed one is tried again after the first wait every time, never after the longer waits
 * of routine mail.
 */
@Component
class MailDelivery implements DisposableBean {

	private static final Log log = LogFactory.getLog(MailDelivery.class);

	/** At most this many e-mails in one pass, so a pass never runs for long. */
	private static final int PASS_LIMIT = 200;

	/**
	 * Failures in a row that end a pass: the mail server is down. One e-mail the server
	 * refuses (a mistyped address) must not hold back everything queued behind it, the
	 * more so as an urgent one is tried again every half minute and would lead every
	 * pass.
	 */
	private static final int FAILURES_THAT_END_A_PASS = 3;

	private final OutboxStore outbox;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	private final Clock clock;

	private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "hearth-mail-delivery");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean nudged = new AtomicBoolean();

	MailDelivery(OutboxStore outbox, Mailer mailer, PlatformTransactionManager transactionManager,
			NotificationSettings settings, Clock clock) {
		this.outbox = outbox;
		this.mailer = mailer;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hearth.notifications.delivery-interval:10s}", initialDelayString = "5s")
	void poll() {
		deliverDue(clock.instant());
	}

	/**
	 * Looks for due e-mails as soon as the current transaction commits (at once when
	 * there is none), so news does not wait for the next poll.
	 */
	void nudgeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					nudge();
				}
			});
		}
		else {
			nudge();
		}
	}

	private void nudge() {
		if (!nudged.compareAndSet(false, true)) {
			return;
		}
		try {
			nudges.execute(() -> {
				nudged.set(false);
				try {
					deliverDue(clock.instant());
				}
				catch (RuntimeException ex) {
					// The poll retries; the e-mail stays in the outbox.
					log.warn("Could not deliver e-mail now; the next poll retries", ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			nudged.set(false);
		}
	}

	/**
	 * Sends what is due at {@code now}, one e-mail a transaction, and returns how many
	 * went out. Stops when nothing more is due, or after a few failures in a row.
	 */
	int deliverDue(Instant now) {
		int sent = 0;
		int failuresInARow = 0;
		for (int i = 0; i < PASS_LIMIT; i++) {
			Boolean result = transactions.execute(status -> outbox.claimDue(now).map(this::send).orElse(null));
			if (result == null) {
				break;
			}
			if (result) {
				sent++;
				failuresInARow = 0;
			}
			else if (++failuresInARow >= FAILURES_THAT_END_A_PASS) {
				break;
			}
		}
		return sent;
	}

	private boolean send(OutgoingMail mail) {
		Instant now = clock.instant();
		try {
			mailer.send(mail.toAddress(), mail.subject(), mail.body());
			outbox.markSent(mail.id(), now);
			return true;
		}
		catch (RuntimeException ex) {
			int attempts = mail.attempts() + 1;
			Instant next = now.plus(settings.backoffAfter(attempts, mail.urgent()));
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			outbox.markFailed(mail.id(), next, error.length() > 2000 ? error.substring(0, 2000) : error);
			log.warn("E-mail to " + mail.toAddress() + " failed (attempt " + attempts + "), next try at " + next + ": "
					+ error);
			return false;
		}
	}

	/**
	 * Stops the nudges and waits a moment for one still sending, which would otherwise
	 * find the database's pool closed under it as the application stops.
	 */
	@Override
	public void destroy() throws InterruptedException {
		nudges.shutdown();
		if (!nudges.awaitTermination(5, TimeUnit.SECONDS)) {
			nudges.shutdownNow();
		}
	}

}
