package org.hearth.screening.live;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client of the screening API: {@code capacity} messages at once,
 * refilled at {@code capacity} per minute. A batch costs one token per message. Buckets
 * live in each instance, so behind a load balancer a client's limit is per instance.
 */
@Component
public class RateLimiter {

	private final long capacity;

	private final Clock clock;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter(@Value("${hearth.screening.api-messages-per-minute:6000}") long capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * Takes {@code cost} tokens for the client, or returns how long to wait before trying
	 * again.
	 */
	public Duration acquire(String client, int cost) {
		return buckets.computeIfAbsent(client, key -> new Bucket(capacity, clock.millis())).take(cost, clock.millis());
	}

	private static final class Bucket {

		private final long capacity;

		private double tokens;

		private long refilledAt;

		Bucket(long capacity, long now) {
			this.capacity = capacity;
			this.tokens = capacity;
			this.refilledAt = now;
		}

		synchronized Duration take(int cost, long now) {
			double perMilli = capacity / 60_000.0;
			tokens = Math.min(capacity, tokens + (now - refilledAt) * perMilli);
			refilledAt = now;
			if (cost > capacity) {
				return Duration.ofMinutes(1);
			}
			if (tokens >= cost) {
				tokens -= cost;
				return Duration.ZERO;
			}
			return Duration.ofMillis((long) Math.ceil((cost - tokens) / perMilli));
		}

	}

}
