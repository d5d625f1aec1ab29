package org.hearth;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suite shares one database and one clock, and earlier tests leave escalations open
 * or acknowledged without an outcome. A test that moves the clock on would climb and
 * chase all of them too, each alerting every staff member, and its own e-mail would wait
 * behind thousands. Tests that drive the ladder close them first, so each drives its own.
 */
public final class EarlierEscalations {

	private EarlierEscalations() {
	}

	public static void setAside(JdbcClient jdbc) {
		jdbc.sql("""
				update care_escalation
				set status = 'CLOSED', closed_at = now(), version = version + 1,
				    outcome_note = coalesce(outcome_note, 'Set aside by a test.')
				where status <> 'CLOSED'""").update();
	}

}
