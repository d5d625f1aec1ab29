package org.hearth.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Accounts;
import org.hearth.people.Person;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tries failed deliveries of events again while Hearth runs, instead of only at the next
 * restart: a flag whose filing failed for a moment (a conflict, a database restart) is
 * filed seconds later. Each retry waits twice as long as the one before. A delivery that
 * still fails after {@code hearth.events.alert-after-retries} retries, or that is not
 * done an hour after it was published, is reported to every staff member once, because
 * whatever it should have done (a suspension, a case, an e-mail) has not happened.
 *
 * <p>
 * Only failed deliveries are tried again, never ones in progress, and a retry is claimed
 * in the registry by one instance, so several instances do not deliver an event twice.
 * Deliveries left in progress by a crash are marked failed by Spring Modulith's staleness
 * check ({@code spring.modulith.events.staleness.*}) and then retried here.
 */
@Component
class Redelivery {

	private static final Log log = LogFactory.getLog(Redelivery.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final FailedEventPublications failed;

	private final DeliveryStore deliveries;

	private final Notifications notifications;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Backoff backoff;

	private final int alertAfterRetries;

	private final Duration alertAfter;

	Redelivery(FailedEventPublications failed, DeliveryStore deliveries, Notifications notifications, Accounts accounts,
			TransactionTemplate transactions, Clock clock,
			@Value("${hearth.events.first-retry-after:PT10S}") Duration firstRetry,
			@Value("${hearth.events.longest-retry-wait:PT10M}") Duration longestWait,
			@Value("${hearth.events.alert-after-retries:6}") int alertAfterRetries,
			@Value("${hearth.events.alert-after:PT1H}") Duration alertAfter) {
		this.failed = failed;
		this.deliveries = deliveries;
		this.notifications = notifications;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
		this.backoff = new Backoff(firstRetry, longestWait);
		this.alertAfterRetries = alertAfterRetries;
		this.alertAfter = alertAfter;
	}

	/**
	 * Retries the failed deliveries that are due, then reports the ones that stay stuck.
	 */
	@Scheduled(fixedDelayString = "${hearth.events.retry-interval:PT5S}",
			initialDelayString = "${hearth.events.retry-interval:PT5S}")
	void retryFailed() {
		Instant now = clock.instant();
		try {
			failed.resubmit(ResubmissionOptions.defaults()
				.withBatchSize(200)
				.withMaxInFlight(200)
				.withFilter(publication -> backoff.isDue(publication, now)));
		}
		catch (RuntimeException ex) {
			log.error("Could not retry the failed deliveries of events; trying again shortly", ex);
		}
		reportStuck(now);
	}

	/** Tells every staff member, once, about each delivery that stays stuck. */
	void reportStuck(Instant now) {
		for (StuckDelivery stuck : deliveries.stuckUnreported(alertAfterRetries, now.minus(alertAfter))) {
			log.error("Event " + stuck.eventType() + " has not reached " + stuck.listener() + " after "
					+ stuck.retries() + " retries since " + stuck.publishedAt() + "; telling staff");
			transactions.executeWithoutResult(status -> {
				if (!deliveries.markReported(stuck.publication(), now)) {
					return;
				}
				for (Person staff : accounts.search(Role.STAFF, null)) {
					notifications.notify(alert(staff, stuck));
				}
			});
		}
	}

	private static Notification alert(Person staff, StuckDelivery stuck) {
		Topic topic = switch (stuck.listenerModule()) {
			case "conduct" -> Topic.CONDUCT;
			case "care" -> Topic.CARE;
			default -> Topic.JOURNEY;
		};
		return new Notification(staff.id(), topic, Urgency.URGENT, "Hearth could not finish something: please check",
				"""
						Since %s Hearth has tried %d times to hand "%s" to %s, without success. Until it succeeds, \
						what should have followed has not happened (for a flagged message: the report, the case \
						and any suspension). Hearth keeps trying every few minutes.

						Please ask whoever runs Hearth to look at the server log for "%s" and fix the cause; \
						where someone may be at risk, act on it by hand meanwhile.""".formatted(
						TIME.format(stuck.publishedAt()), stuck.retries() + 1, stuck.eventName(),
						stuck.listenerModule(), stuck.eventName()),
				null);
	}

}
