package org.hearth.volunteering;

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
 * The daily work of volunteering: pause reminders and end-of-commitment prompts. Each
 * instance tries every hour; the first to claim the day's row in
 * {@code volunteering_job_run} does the work, and each reminder is marked as sent, so
 * nothing goes twice. A claim row in the module's own table does what ShedLock would for
 * one daily job, without another dependency or a lock table shared by modules.
 */
@Component
class VolunteeringJobs {

	private static final Log log = LogFactory.getLog(VolunteeringJobs.class);

	static final String DAILY = "volunteering-daily";

	private final JdbcClient jdbc;

	private final Enrolments enrolments;

	private final Clock clock;

	private final TransactionTemplate transactions;

	VolunteeringJobs(JdbcClient jdbc, Enrolments enrolments, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${hearth.volunteering.jobs-cron:0 5 * * * *}", zone = "UTC")
	void hourly() {
		runFor(LocalDate.now(clock));
	}

	/**
	 * Runs the day's work when this instance claims the day first; returns whether it
	 * did. The claim and the work are one transaction: when the work fails, the claim is
	 * let go with it, so the next hour (here or on another instance) tries the day again.
	 */
	boolean runFor(LocalDate day) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (!DailyClaim.claim(jdbc, "volunteering_job_run", DAILY, day, clock.instant())) {
				return false;
			}
			int reminded = enrolments.remindPausesEndedBy(day);
			int prompted = enrolments.promptCommitmentsEndingBy(day);
			log.info("Volunteering for " + day + ": " + reminded + " pause reminder(s), " + prompted
					+ " commitment prompt(s)");
			return true;
		}));
	}

}
