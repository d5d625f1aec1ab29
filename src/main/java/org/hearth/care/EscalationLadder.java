package org.hearth.care;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every half minute (or {@code hearth.care.ladder-interval}) for alerts nobody
 * acknowledged in time and alerts the next rung, and for acknowledged alerts left without
 * an outcome, whose acknowledger and then staff are reminded. Several instances may run
 * it together: each escalation is claimed by one.
 */
@Component
class EscalationLadder {

	private static final Log log = LogFactory.getLog(EscalationLadder.class);

	private final Escalations escalations;

	EscalationLadder(Escalations escalations) {
		this.escalations = escalations;
	}

	@Scheduled(fixedDelayString = "${hearth.care.ladder-interval:PT30S}", initialDelayString = "PT10S")
	void climb() {
		try {
			int climbed = escalations.escalateOverdue();
			if (climbed > 0) {
				log.info(climbed + " unacknowledged crisis alert(s) went to the next rung");
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not move unacknowledged crisis alerts up the ladder; trying again shortly", ex);
		}
		try {
			int reminded = escalations.remindUnrecordedOutcomes();
			if (reminded > 0) {
				log.info(reminded + " reminder(s) sent about acknowledged crisis alerts without an outcome");
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not chase acknowledged crisis alerts without an outcome; trying again shortly", ex);
		}
	}

}
