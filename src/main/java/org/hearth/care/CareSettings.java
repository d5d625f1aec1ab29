package org.hearth.care;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an alert waits for an acknowledgement before the next rung is alerted
 * ({@code hearth.care.acknowledge-within-minutes}, 10 unless set), and how long an
 * acknowledged escalation waits for its outcome before the person who has it is reminded,
 * and as long again before staff are asked to follow up
 * ({@code hearth.care.outcome-within-minutes}, 60 unless set); and how many times within
 * an hour one person may say "this person may be in danger"
 * ({@code hearth.care.concerns-per-hour}, 10 unless set).
 */
@Component
class CareSettings {

	private final Duration acknowledgeWithin;

	private final Duration outcomeWithin;

	private final int concernsPerHour;

	CareSettings(@Value("${hearth.care.acknowledge-within-minutes:10}") long minutes,
			@Value("${hearth.care.outcome-within-minutes:60}") long outcomeMinutes,
			@Value("${hearth.care.concerns-per-hour:10}") int concernsPerHour) {
		if (minutes < 1) {
			throw new IllegalArgumentException("hearth.care.acknowledge-within-minutes is at least 1");
		}
		if (outcomeMinutes < 1) {
			throw new IllegalArgumentException("hearth.care.outcome-within-minutes is at least 1");
		}
		if (concernsPerHour < 1) {
			throw new IllegalArgumentException("hearth.care.concerns-per-hour is at least 1");
		}
		this.concernsPerHour = concernsPerHour;
		this.acknowledgeWithin = Duration.ofMinutes(minutes);
		this.outcomeWithin = Duration.ofMinutes(outcomeMinutes);
	}

	Duration acknowledgeWithin() {
		return acknowledgeWithin;
	}

	Duration outcomeWithin() {
		return outcomeWithin;
	}

	int concernsPerHour() {
		return concernsPerHour;
	}

}
