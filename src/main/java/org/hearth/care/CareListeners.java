package org.hearth.care;

import org.hearth.care.Escalation.Trigger;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.conduct.DebriefRequested;
import org.hearth.conduct.MemberAtRiskReported;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.screening.Severity;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acts on what other modules noticed. The events are stored before they are handled, so a
 * crash between the screening and the alert loses nothing, and each trigger is acted on
 * once however often it is delivered.
 */
@Component
class CareListeners {

	private final Escalations escalations;

	private final VolunteersInDistress distress;

	CareListeners(Escalations escalations, VolunteersInDistress distress) {
		this.escalations = escalations;
		this.distress = distress;
	}

	/**
	 * A member's crisis opens an escalation; a volunteer's own crisis alerts their lead
	 * and staff.
	 */
	@ApplicationModuleListener
	void on(ScreeningFlagged flagged) {
		if (!flagged.signalsCrisis()) {
			return;
		}
		if (flagged.volunteer() != null) {
			distress.raise(flagged.volunteer(), DistressAlert.Reason.OWN_CRISIS_MESSAGE,
					"screening:" + flagged.screeningId(),
					flagged.severities().get(org.hearth.screening.Category.CRISIS), flagged.excerpt());
			return;
		}
		// A missing or unreadable handle, or a platform Hearth does not know, must not
		// stop
		// the alert: a person can still look, even if the reply cannot reach the member.
		Severity severity = flagged.severities().get(org.hearth.screening.Category.CRISIS);
		escalations.open(new NewEscalation(Trigger.SCREENING, "screening:" + flagged.screeningId(),
				Member.parseForAlert(flagged.source(), flagged.memberHandle(), flagged.screeningId().toString()), null,
				"Screening noticed a crisis in a message" + (flagged.source() == null ? "" : " on " + flagged.source())
						+ (flagged.messageRef() == null ? "" : " (" + flagged.messageRef() + ")") + ".",
				flagged.excerpt(), severity));
	}

	/**
	 * A report that a member may be at risk opens an escalation; one that names a plan,
	 * the means or a goodbye is critical, and staff are alerted at once as well.
	 */
	@ApplicationModuleListener
	void on(MemberAtRiskReported reported) {
		String signs = reported.signs()
			.stream()
			.map(sign -> sign.label().toLowerCase(java.util.Locale.ROOT))
			.collect(java.util.stream.Collectors.joining("; "));
		escalations.open(new NewEscalation(Trigger.REPORT, "report:" + reported.report().value(),
				Member.parseForAlert(null, reported.memberHandle(), reported.report().value().toString()),
				reported.reporter(),
				reported.critical() ? reported.whatHappened() + " (The reporter saw: " + signs + ".)"
						: reported.whatHappened(),
				reported.excerpts(), reported.critical() ? Severity.CRITICAL : Severity.HIGH));
	}

	@ApplicationModuleListener
	void on(DebriefRequested requested) {
		if (!requested.feelsSafe()) {
			distress.raise(requested.volunteer(), DistressAlert.Reason.NOT_SAFE_ON_DEBRIEF,
					"debrief:" + requested.debrief().value());
		}
	}

}
