package org.hearth.screening.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final MutableClock clock = new MutableClock();

	private final RateLimiter limiter = new RateLimiter(60, clock);

	@Test
	void lendsUpToCapacityThenSaysHowLongToWait() {
		assertThat(limiter.acquire("bot", 60)).isZero();
		assertThat(limiter.acquire("bot", 1)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void refillsOverTheMinute() {
		limiter.acquire("bot", 60);
		clock.advance(Duration.ofSeconds(30));

		assertThat(limiter.acquire("bot", 30)).isZero();
		assertThat(limiter.acquire("bot", 1)).isPositive();
	}

	@Test
	void keepsClientsApart() {
		limiter.acquire("bot", 60);

		assertThat(limiter.acquire("forum", 60)).isZero();
	}

	@Test
	void refusesBatchLargerThanCapacityForAMinute() {
		assertThat(limiter.acquire("bot", 61)).isEqualTo(Duration.ofMinutes(1));
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-25T12:00:00Z");

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
