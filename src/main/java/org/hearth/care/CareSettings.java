package org.hearth.care;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an alert waits for an acknowledgement before the next rung is alerted
 * ({@code hearth.care.acknowledge-within-minutes}, 10 unless set).
 */
@Component
class CareSettings {

	private final Duration acknowledgeWithin;

	CareSettings(@Value("${hearth.care.acknowledge-within-minutes:10}") long minutes) {
		if (minutes < 1) {
			throw new IllegalArgumentException("hearth.care.acknowledge-within-minutes is at least 1");
		}
		this.acknowledgeWithin = Duration.ofMinutes(minutes);
	}

	Duration acknowledgeWithin() {
		return acknowledgeWithin;
	}

}
