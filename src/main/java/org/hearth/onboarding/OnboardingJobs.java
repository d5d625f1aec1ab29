package org.hearth.onboarding;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.shared.DailyClaim;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily renewal notices. Each instance tries every hour; the one that claims the
 * day's row in {@code onboarding_job_run} sends them, and each notice is recorded, so
 * none goes twice.
 */
@Component
class OnboardingJobs {

	private static final Log log = LogFactory.getLog(OnboardingJobs.class);

	static final String DAILY = "onboarding-daily";

	private final JdbcClient jdbc;

	private final Expiries expiries;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OnboardingJobs(JdbcClient jdbc, Expiries expiries, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.expiries = expiries;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${hearth.onboarding.jobs-cron:0 10 * * * *}", zone = "UTC")
	void hourly() {
		runFor(LocalDate.now(clock));
	}

	/**
	 * Sends the day's notices when this instance claims the day first; returns whether it
	 * did. The claim and the work are one transaction: when the work fails, the claim is
	 * let go with it, so the next hour (here or on another instance) tries the day again.
	 */
	boolean runFor(LocalDate day) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (!DailyClaim.claim(jdbc, "onboarding_job_run", DAILY, day, clock.instant())) {
				return false;
			}
			log.info("Onboarding for " + day + ": " + expiries.notify(day) + " renewal notice(s)");
			return true;
		}));
	}

}
