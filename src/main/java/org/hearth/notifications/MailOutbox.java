package org.hearth.notifications;

import java.time.Clock;
import java.util.List;

import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff see of e-mail delivery: every e-mail still waiting, with its failures, so an
 * alert that cannot get out reaches a person instead of waiting unseen.
 */
@NamedInterface("web")
@Service
public class MailOutbox {

	private final OutboxStore outbox;

	private final MailDelivery delivery;

	private final Clock clock;

	MailOutbox(OutboxStore outbox, MailDelivery delivery, Clock clock) {
		this.outbox = outbox;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OutboxEntry> waiting() {
		return outbox.waiting();
	}

	/**
	 * A page of the e-mails still waiting: those stuck (failed
	 * {@value OutboxEntry#STUCK_AFTER_ATTEMPTS} times or more) first, then the newest.
	 */
	@Transactional(readOnly = true)
	public ResultPage<OutboxEntry> waiting(Paging paging) {
		return paging.pageOf(outbox.waiting(paging.fetch(), paging.offset()));
	}

	/** How many e-mails failed so often that someone should look at the mail server. */
	@Transactional(readOnly = true)
	public int stuck() {
		return outbox.countStuck();
	}

	/**
	 * Tries every waiting e-mail again now, for when the mail server is known to be back.
	 */
	@Transactional
	public int retryNow() {
		int due = outbox.retryAllNow(clock.instant());
		delivery.nudgeAfterCommit();
		return due;
	}

}
