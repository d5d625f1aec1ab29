package org.hearth.screening.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening API's rate limit, kept in the database: each limiter here stands for one
 * instance of Hearth, and several share a client's bucket.
 */
@HearthTest
class RateLimiterTests {

	@Autowired
	DataSource dataSource;

	private final MutableClock clock = new MutableClock();

	private final String bot = "bot-" + UUID.randomUUID();

	private RateLimiter instance() {
		return new RateLimiter(dataSource, 60, clock);
	}

	@Test
	void lendsUpToCapacityThenSaysHowLongToWait() {
		RateLimiter limiter = instance();

		assertThat(limiter.acquire(bot, 60)).isZero();
		assertThat(limiter.acquire(bot, 1)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void refillsOverTheMinute() {
		RateLimiter limiter = instance();
		limiter.acquire(bot, 60);
		clock.advance(Duration.ofSeconds(30));

		assertThat(limiter.acquire(bot, 30)).isZero();
		assertThat(limiter.acquire(bot, 1)).isPositive();
	}

	@Test
	void keepsClientsApart() {
		RateLimiter limiter = instance();
		limiter.acquire(bot, 60);

		assertThat(limiter.acquire("forum-" + UUID.randomUUID(), 60)).isZero();
	}

	@Test
	void refusesBatchLargerThanCapacityForAMinute() {
		assertThat(instance().acquire(bot, 61)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void sharesOneBucketBetweenInstances() {
		RateLimiter first = instance();
		RateLimiter second = instance();

		assertThat(first.acquire(bot, 40)).isZero();
		assertThat(second.acquire(bot, 20)).isZero();

		assertThat(second.acquire(bot, 1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(first.acquire(bot, 1)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void lendsNoMoreThanCapacityToSixteenConnectionsOverTwoInstances() throws Exception {
		List<RateLimiter> instances = List.of(instance(), instance());
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 160; i++) {
				RateLimiter limiter = instances.get(i % 2);
				attempts.add(() -> limiter.acquire(bot, 1).isZero());
			}
			int lent = 0;
			for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
				lent += attempt.get() ? 1 : 0;
			}
			assertThat(lent).isEqualTo(60);
		}
		finally {
			pool.shutdownNow();
		}
	}

	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-11-25T12:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
