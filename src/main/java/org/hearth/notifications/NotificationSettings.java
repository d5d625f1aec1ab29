package org.hearth.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out: how often each instance looks for e-mails due
 * ({@code hearth.notifications.delivery-interval=10s}), how long after a failed attempt
 * the next one is made, doubling each time from {@code retry-initial=30s} up to
 * {@code retry-max=1h}, and the hour (UTC) from which the daily digest is sent
 * ({@code digest-hour=7}).
 */
@ConfigurationProperties("hearth.notifications")
record NotificationSettings(@DefaultValue("10s") Duration deliveryInterval, @DefaultValue("30s") Duration retryInitial,
		@DefaultValue("1h") Duration retryMax, @DefaultValue("7") int digestHour) {

	NotificationSettings {
		if (retryInitial.isNegative() || retryInitial.isZero() || retryMax.compareTo(retryInitial) < 0) {
			throw new IllegalArgumentException(
					"hearth.notifications.retry-initial must be positive and no longer than retry-max");
		}
		if (digestHour < 0 || digestHour > 23) {
			throw new IllegalArgumentException("hearth.notifications.digest-hour must be an hour from 0 to 23");
		}
	}

	/**
	 * How long to wait after the {@code attempts}-th failure in a row: for urgent mail
	 * always the first wait, as someone may be in danger and an alert cannot sit for an
	 * hour after the mail server is back.
	 */
	Duration backoffAfter(int attempts, boolean urgent) {
		if (urgent) {
			return retryInitial;
		}
		Duration wait = retryInitial;
		for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(retryMax) > 0 ? retryMax : wait;
	}

}
