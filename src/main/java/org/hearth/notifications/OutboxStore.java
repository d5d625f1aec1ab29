package org.hearth.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * E-mails waiting to go out. A sender claims one with {@code for update skip locked}: the
 * row stays locked until the sender records the result in the same transaction, and every
 * other instance passes over it, so each e-mail is sent once. Urgent e-mails are claimed
 * before routine ones, so a crisis alert never queues behind a backlog of routine mail
 * being retried.
 */
@Repository
class OutboxStore {

	/** An e-mail claimed for sending. */
	record OutgoingMail(UUID id, String toAddress, String subject, String body, int attempts, boolean urgent) {
	}

	private final JdbcClient jdbc;

	OutboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(PersonId recipient, NotificationId notification, String toAddress, String subject, String body,
			boolean urgent, Instant now) {
		jdbc.sql("""
				insert into mail_outbox (id, recipient_id, notification_id, to_address, subject, body, created_at,
				                         next_attempt_at, urgent)
				values (:id, :recipient, :notification, :to, :subject, :body, :now, :now, :urgent)""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient.value())
			.param("notification", notification == null ? null : notification.value())
			.param("to", toAddress)
			.param("subject", subject)
			.param("body", body)
			.param("urgent", urgent)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims the urgent e-mail due longest, else the routine one due longest, if any; the
	 * caller must be in a transaction.
	 */
	Optional<OutgoingMail> claimDue(Instant now) {
		return jdbc.sql("""
				select id, to_address, subject, body, attempts, urgent from mail_outbox
				where sent_at is null and next_attempt_at <= :now
				order by urgent desc, next_attempt_at, created_at
				limit 1
				for update skip locked""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new OutgoingMail(rs.getObject("id", UUID.class), rs.getString("to_address"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"), rs.getBoolean("urgent")))
			.optional();
	}

	void markSent(UUID id, Instant now) {
		jdbc.sql("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void markFailed(UUID id, Instant nextAttempt, String error) {
		jdbc.sql("""
				update mail_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error
				where id = :id""")
			.param("next", Timestamp.from(nextAttempt))
			.param("error", error)
			.param("id", id)
			.update();
	}

	/** Every e-mail not yet sent, the longest waiting first. */
	List<OutboxEntry> waiting() {
		return jdbc.sql("""
				select id, to_address, subject, created_at, attempts, next_attempt_at, last_error from mail_outbox
				where sent_at is null order by created_at""").query(OutboxStore::entry).list();
	}

	/**
	 * A page of the e-mails still waiting: the stuck ones first, then the newest, in the
	 * order of the index {@code mail_outbox_waiting}.
	 */
	List<OutboxEntry> waiting(int limit, int offset) {
		return jdbc.sql("""
				select id, to_address, subject, created_at, attempts, next_attempt_at, last_error from mail_outbox
				where sent_at is null order by (attempts >= 3) desc, created_at desc, id
				limit :limit offset :offset""")
			.param("limit", limit)
			.param("offset", offset)
			.query(OutboxStore::entry)
			.list();
	}

	int countStuck() {
		return jdbc.sql("select count(*) from mail_outbox where sent_at is null and attempts >= :attempts")
			.param("attempts", OutboxEntry.STUCK_AFTER_ATTEMPTS)
			.query(Integer.class)
			.single();
	}

	/** Makes every waiting e-mail due now; returns how many. */
	int retryAllNow(Instant now) {
		return jdbc
			.sql("update mail_outbox set next_attempt_at = :now where sent_at is null and next_attempt_at > :now")
			.param("now", Timestamp.from(now))
			.update();
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("to_address"), rs.getString("subject"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"));
	}

}
