package org.hearth.screening.live;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client of the screening API: {@code capacity} messages at once,
 * refilled at {@code capacity} per minute. A batch costs one token per message. The
 * buckets are kept in the database (Bucket4j's PostgreSQL backend, a row per client
 * locked while it is taken from), so behind a load balancer a client has one limit across
 * every instance. Requests of one client arriving together on an instance are taken from
 * the bucket in one round trip.
 */
@Component
public class RateLimiter {

	private final long capacity;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	private final ConcurrentHashMap<String, BucketProxy> proxies = new ConcurrentHashMap<>();

	RateLimiter(DataSource dataSource, @Value("${hearth.screening.api-messages-per-minute:6000}") long capacity,
			Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("hearth.screening.api-messages-per-minute must be at least 1");
		}
		this.capacity = capacity;
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)))
			.build();
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("screening_rate_bucket")
			.idColumn("client")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTime(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * Takes {@code cost} tokens for the client, or returns how long to wait before trying
	 * again.
	 */
	public Duration acquire(String client, int cost) {
		if (cost > capacity) {
			return Duration.ofMinutes(1);
		}
		BucketProxy batched = proxies.computeIfAbsent(client,
				key -> buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration));
		ConsumptionProbe probe;
		try {
			probe = batched.tryConsumeAndReturnRemaining(cost);
		}
		catch (RuntimeException ex) {
			if (!missingBucket(ex)) {
				throw ex;
			}
			// A batch of several requests for a bucket with no row yet (a new client, or
			// one whose full bucket was removed) fails as a whole instead of creating the
			// row; the plain proxy creates it, and the batches after it find it.
			probe = buckets.builder().build(client, () -> configuration).tryConsumeAndReturnRemaining(cost);
		}
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private static boolean missingBucket(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BucketNotFoundException) {
				return true;
			}
		}
		return false;
	}

	/** Forgets the buckets that have been full for a while; a full bucket is no row. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void removeFullBuckets() {
		while (buckets.removeExpired(1000) == 1000) {
			// keep going until a batch comes back short
		}
	}

	/** Bucket4j's time, read from the application's clock so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return clock.millis() * 1_000_000;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
