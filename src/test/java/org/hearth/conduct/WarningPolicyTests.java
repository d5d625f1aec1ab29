package org.hearth.conduct;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hearth.conduct.WarningPolicy.ReviewDue;
import org.hearth.conduct.WarningPolicy.WithinLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarningPolicyTests {

	final Instant now = Instant.parse("2026-11-25T10:00:00Z");

	final WarningPolicy policy = new WarningPolicy(3, Period.ofMonths(12));

	@Test
	void opensReviewAtThreeWarningsWithinTwelveMonths() {
		var result = policy.evaluate(List.of(now.minusSeconds(86_400 * 300L), now.minusSeconds(86_400 * 30L), now),
				now);

		assertThat(result).isInstanceOfSatisfying(ReviewDue.class, due -> {
			assertThat(due.count()).isEqualTo(3);
			assertThat(due.reason()).contains("3 warnings", "12 months");
		});
	}

	@Test
	void forgetsWarningsOlderThanTheWindow() {
		var result = policy.evaluate(List.of(now.minusSeconds(86_400 * 400L), now.minusSeconds(86_400 * 30L), now),
				now);

		assertThat(result).isEqualTo(new WithinLimit(2));
	}

	@Test
	void followsAConfiguredThresholdAndWindow() {
		var strict = new WarningPolicy(2, Period.ofMonths(1));

		assertThat(strict.evaluate(List.of(now.minusSeconds(86_400 * 10L), now), now)).isInstanceOf(ReviewDue.class);
		assertThat(strict.evaluate(List.of(now.minusSeconds(86_400 * 40L), now), now)).isInstanceOf(WithinLimit.class);
	}

	@Test
	void refusesAThresholdBelowOne() {
		assertThatThrownBy(() -> new WarningPolicy(0, Period.ofMonths(12)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
