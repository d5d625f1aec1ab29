package org.hearth.shared;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets a daily job run once across every instance of Hearth: each instance tries to
 * insert the day's row into the module's own claim table, and only the one whose insert
 * succeeds does the work. The table has the columns {@code job}, {@code slot} (a date,
 * part of the key with {@code job}) and {@code claimed_at}.
 */
public final class DailyClaim {

	private DailyClaim() {
	}

	/**
	 * Whether this instance claimed {@code day} for {@code job}, in the caller's
	 * transaction.
	 */
	public static boolean claim(JdbcClient jdbc, String table, String job, LocalDate day, Instant now) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a claim table: " + table);
		}
		return jdbc
			.sql("insert into " + table + " (job, slot, claimed_at) values (:job, :slot, :at) on conflict do nothing")
			.param("job", job)
			.param("slot", Date.valueOf(day))
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

}
