package org.hearth.recognition;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.shared.DailyClaim;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily look for milestones. Each instance tries every hour and once at start; the
 * first to claim the day's row in {@code recognition_job_run} does the work, in the same
 * transaction as the claim, so a failed look lets the claim go and the next hour tries
 * again. A milestone is kept once per volunteer, kind and detail, so nobody is told
 * twice.
 */
@Component
class RecognitionJobs {

	private static final Log log = LogFactory.getLog(RecognitionJobs.class);

	static final String DAILY = "recognition-daily";

	private final JdbcClient jdbc;

	private final Recognition recognition;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RecognitionJobs(JdbcClient jdbc, Recognition recognition, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.recognition = recognition;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${hearth.recognition.jobs-cron:0 20 * * * *}", zone = "UTC")
	void hourly() {
		runFor(LocalDate.now(clock));
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(11)
	void onStart() {
		runFor(LocalDate.now(clock));
	}

	/** Looks for the day's milestones when this instance claims the day first. */
	boolean runFor(LocalDate day) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (!DailyClaim.claim(jdbc, "recognition_job_run", DAILY, day, clock.instant())) {
				return false;
			}
			int reached = recognition.look(day);
			log.info("Milestones for " + day + ": " + reached + " reached");
			return true;
		}));
	}

}
