package org.hearth.care;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ladder and the alerts say reads as people write it. */
class EscalationWordingTests {

	@Test
	void saysOneMinuteAndManyMinutes() {
		assertThat(Escalations.minutes(Duration.ofMinutes(1))).isEqualTo("1 minute");
		assertThat(Escalations.minutes(Duration.ofMinutes(10))).isEqualTo("10 minutes");
	}

}
