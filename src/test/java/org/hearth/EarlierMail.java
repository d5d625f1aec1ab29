package org.hearth;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suite shares one database, and earlier test classes leave thousands of alerts
 * undelivered (their mail server is gone); a delivery pass run at a far-off hour would
 * send them all first, and a test waiting for its own e-mail would wait behind them.
 * Tests that wait for e-mail set them aside as sent, so each delivers its own.
 */
public final class EarlierMail {

	private EarlierMail() {
	}

	public static void setAside(JdbcClient jdbc) {
		jdbc.sql("update mail_outbox set sent_at = now(), last_error = 'set aside by a test' where sent_at is null")
			.update();
	}

}
