package org.hearth.care;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.hearth.audit.AuditLog;
import org.hearth.care.Escalation.Trigger;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.screening.Severity;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's "this person may be in danger": it opens an escalation, or joins the one
 * under way about the same member. One person may say it a limited number of times an
 * hour ({@code hearth.care.concerns-per-hour}), so nobody can flood staff with alerts.
 * Past the limit nothing fails open and nothing is dropped in silence: a concern that
 * speaks of a plan, the means or a goodbye always goes through; any other is held back,
 * the volunteer is told to reach staff directly (and emergency services when a life is at
 * risk), and staff are alerted, once an hour, that this person reached the limit and what
 * they tried to raise. Concerns of one person are counted one after the other, so a burst
 * sent at once cannot slip past the limit.
 */
@NamedInterface("web")
@Service
public class Concerns {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Escalations escalations;

	private final ConcernStore store;

	private final CareAlerts alerts;

	private final CareSettings settings;

	private final AuditLog audit;

	private final java.time.Clock clock;

	Concerns(Escalations escalations, ConcernStore store, CareAlerts alerts, CareSettings settings, AuditLog audit,
			java.time.Clock clock) {
		this.escalations = escalations;
		this.store = store;
		this.alerts = alerts;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** What became of a concern. */
	public sealed interface Raised permits Sent, OverTheLimit {

	}

	/** The people on duty were alerted about the escalation. */
	public record Sent(EscalationId escalation) implements Raised {
	}

	/**
	 * The person reached the limit: nothing was sent to the people on duty, and the
	 * reason says whom to reach instead.
	 */
	public record OverTheLimit(String reason, boolean staffAlerted) implements Raised {
	}

	/**
	 * Raises the concern unless the volunteer reached the limit. Over it, the refusal and
	 * the alert to staff are stored together and returned rather than thrown, so the
	 * alert is kept.
	 */
	@Transactional
	public Raised raise(HearthUser volunteer, Member.Handle member, String whatYouSaw, boolean planMeansOrGoodbye) {
		Instant now = clock.instant();
		int limit = settings.concernsPerHour();
		store.lockFor(volunteer.id());
		boolean overTheLimit = store.raisedSince(volunteer.id(), now.minus(WINDOW)) >= limit;
		if (overTheLimit && planMeansOrGoodbye) {
			// A plan, the means or a goodbye always goes through: the limit is there to
			// stop
			// a flood, never to hold back a life at risk.
			audit.record("care.concern-over-limit-sent", "person", volunteer.id(),
					"Past the hourly limit, sent on all the same: about " + member + " (plan, means or goodbye)");
		}
		else if (overTheLimit) {
			audit.record("care.concern-over-limit", "person", volunteer.id(), "Held back: about " + member
					+ (planMeansOrGoodbye ? " (plan, means or goodbye)" : "") + ": " + cut(whatYouSaw, 500));
			boolean told = store.claimLimitAlert(volunteer.id(), now, now.minus(WINDOW))
					&& tellStaff(volunteer, member, whatYouSaw, planMeansOrGoodbye, limit);
			return new OverTheLimit("Hearth has sent on " + limit + " of your \u201cthis person may be in danger\u201d "
					+ "alerts within the last hour, as many as it sends from one person in an hour, so this one was "
					+ "not sent to the people on duty. "
					+ (told ? "Staff have been told, and will look at what you wrote. "
							: "Staff were told within the last hour that you reached the limit, and what you wrote "
									+ "is kept for them. ")
					+ "If this member needs help now, please reach staff directly, by phone or message, and if "
					+ "someone's life is at risk, call the local emergency number now. If they spoke of a plan, the "
					+ "means or a goodbye, tick that box and send it again: those always go through. Thank you for "
					+ "looking out for people.", told);
		}
		EscalationId escalation = escalations.open(new NewEscalation(Trigger.VOLUNTEER_CONCERN, null, member,
				volunteer.id(), whatYouSaw, null, planMeansOrGoodbye ? Severity.CRITICAL : Severity.HIGH));
		store.record(volunteer.id(), escalation, now);
		return new Sent(escalation);
	}

	/** Tells staff (admins when there are none); whether anyone was told. */
	private boolean tellStaff(HearthUser volunteer, Member.Handle member, String whatYouSaw, boolean planMeansOrGoodbye,
			int limit) {
		Map<PersonId, String> staff = alerts.everyone(Role.STAFF);
		if (staff.isEmpty()) {
			staff = alerts.everyone(Role.ADMIN);
		}
		alerts.urgent(staff, volunteer.displayName() + " reached the limit of danger alerts in an hour",
				volunteer.displayName() + " said \u201cthis person may be in danger\u201d more than " + limit
						+ " times within an hour, so Hearth held the latest back and asked them to reach you "
						+ "directly. It may be a real emergency, or something else going on: please reach out to "
						+ "them now. The one held back was about " + member
						+ (planMeansOrGoodbye ? ", who spoke of a plan, the means or a goodbye" : "") + ": \u201c"
						+ cut(whatYouSaw, 1000) + "\u201d You hear of this at most once an hour for each person.",
				"/care/escalations");
		audit.record("care.concern-limit-staff-told", "person", volunteer.id(),
				"Staff told: " + String.join(", ", staff.values()));
		return !staff.isEmpty();
	}

	private static String cut(String text, int length) {
		String plain = text == null ? "" : text.strip();
		return plain.length() <= length ? plain : plain.substring(0, length) + "\u2026";
	}

}
