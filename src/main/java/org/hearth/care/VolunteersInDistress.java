package org.hearth.care;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.audit.AuditLog;
import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.screening.Severity;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Volunteers;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer who may be struggling is cared for, not judged: their lead and staff are
 * alerted at once, the volunteer is offered crisis resources, and staff see it on their
 * home page until someone records that they reached out.
 */
@NamedInterface("web")
@Service
public class VolunteersInDistress {

	private final DistressStore store;

	private final Volunteers volunteers;

	private final CareAlerts alerts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	VolunteersInDistress(DistressStore store, Volunteers volunteers, CareAlerts alerts, Notifications notifications,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.volunteers = volunteers;
		this.alerts = alerts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Raises the alert once per trigger (a screening or debrief id): the lead and staff
	 * are told at once, and the volunteer is offered crisis resources.
	 */
	@Transactional
	public void raise(PersonId volunteer, DistressAlert.Reason reason, String triggerRef) {
		raise(volunteer, reason, triggerRef, null, null);
	}

	/**
	 * Raises the alert for what screening noticed in the volunteer's own message, with
	 * how grave it is and their words: a critical one asks for contact now.
	 */
	@Transactional
	public void raise(PersonId volunteer, DistressAlert.Reason reason, String triggerRef, Severity severity,
			String excerpt) {
		Instant now = clock.instant();
		PersonId lead = volunteers.leadFor(volunteer).orElse(null);
		var row = new DistressStore.Row(DistressId.random(), volunteer, lead, reason, now, null, null, null, 0,
				severity, excerpt);
		if (!store.insert(row, triggerRef)) {
			return;
		}
		String name = alerts.nameOf(volunteer);
		var recipients = new LinkedHashMap<PersonId, String>();
		if (lead != null) {
			recipients.put(lead, alerts.nameOf(lead) + " (their lead)");
		}
		var staff = new LinkedHashMap<PersonId, String>();
		alerts.everyone(Role.STAFF).forEach(staff::putIfAbsent);
		if (staff.isEmpty() && recipients.isEmpty()) {
			alerts.everyone(Role.ADMIN).forEach(staff::putIfAbsent);
		}
		staff.keySet().removeAll(recipients.keySet());
		String words = excerpt == null ? "" : " In their words: \u201c" + excerpt + "\u201d";
		String subject;
		String body;
		if (severity == Severity.CRITICAL) {
			subject = "Critical: " + name + " may be in danger, please contact them now";
			body = reason.label() + ", and it is critical: a plan, the means or a goodbye." + words + " Please contact "
					+ name + " now, not later today, and record on Hearth that you did. If their "
					+ "life is in immediate danger, contact emergency services. They were offered crisis resources.";
		}
		else {
			subject = name + " may be struggling: please reach out now";
			body = reason.label() + "." + words + " Please reach out to " + name + " today, gently, and record on "
					+ "Hearth that you did. They were offered crisis resources.";
		}
		// The lead records it on their own page; staff on theirs.
		alerts.urgent(recipients, subject, body, "/care/distress");
		alerts.urgent(staff, subject, body, "/staff/care/distress");
		recipients.putAll(staff);
		audit.record("care.distress-raised", "person", volunteer,
				reason.label()
						+ (severity == null ? "" : " (" + severity.name().toLowerCase(java.util.Locale.ROOT) + ")")
						+ "; alerted " + String.join(", ", recipients.values()));
		notifications.notify(new Notification(volunteer, Topic.CARE, Urgency.URGENT, "We're here for you",
				"Thank you for being part of this community. If things are hard right now, you don't have to "
						+ "carry them alone: your lead or staff will reach out, and these lines are there for you "
						+ "at any hour.",
				"/care/support"));
	}

	/** The alerts no one has reached out on yet, oldest first: the staff home page. */
	@Transactional(readOnly = true)
	public List<DistressAlert> waiting() {
		return alerts(store.open());
	}

	@Transactional(readOnly = true)
	public List<DistressAlert> recent() {
		return alerts(store.recent(100));
	}

	/** Whether the volunteer has an alert no one has reached out on yet. */
	@Transactional(readOnly = true)
	public boolean waitingFor(PersonId volunteer) {
		return store.openFor(volunteer);
	}

	/**
	 * The alerts about the volunteers a lead leads, waiting ones first: the lead reaches
	 * out and records it as staff do.
	 */
	@Transactional(readOnly = true)
	public List<DistressAlert> ofLead(PersonId lead) {
		return alerts(store.ofLead(lead, 100)).stream()
			.sorted(java.util.Comparator.comparing((DistressAlert alert) -> !alert.open()))
			.toList();
	}

	/**
	 * Records that someone reached out to the volunteer: staff, or the volunteer's lead
	 * (the one alerted, or their lead now).
	 */
	@Transactional
	public void reachedOut(DistressId id, long version, String note, HearthUser by) {
		var row = store.find(id).orElseThrow(() -> new NotFound("There is no such alert."));
		boolean theirLead = by.id().equals(row.lead())
				|| volunteers.leadFor(row.volunteer()).filter(by.id()::equals).isPresent();
		if (by.role().compareTo(Role.STAFF) < 0 && !theirLead) {
			throw new RequestRefused("Only staff and the volunteer's lead record that they reached out. If you know "
					+ "how they are, tell their lead or staff, who will record it.");
		}
		String text = CrisisResource.blankToNull(note);
		if (text != null && text.length() > 2000) {
			throw new RequestRefused("note", "Please keep the note under 2,000 characters.");
		}
		store.reachedOut(id, version, by.id(), clock.instant(), text);
		audit.record("care.distress-reached-out", "person", row.volunteer(), "Reached out by " + by.displayName());
	}

	/** The alerts as shown, with everyone's names looked up in one statement. */
	private List<DistressAlert> alerts(List<DistressStore.Row> rows) {
		var people = new HashSet<PersonId>();
		for (DistressStore.Row row : rows) {
			people.add(row.volunteer());
			if (row.lead() != null) {
				people.add(row.lead());
			}
			if (row.reachedOutBy() != null) {
				people.add(row.reachedOutBy());
			}
		}
		Map<PersonId, String> names = people.isEmpty() ? Map.of() : alerts.namesOf(people);
		return rows.stream().map(row -> alert(row, names)).toList();
	}

	private static DistressAlert alert(DistressStore.Row row, Map<PersonId, String> names) {
		return new DistressAlert(row.id(), row.volunteer(), name(names, row.volunteer()), row.lead(),
				row.lead() == null ? null : name(names, row.lead()), row.reason(), row.raisedAt(), row.reachedOutBy(),
				row.reachedOutBy() == null ? null : name(names, row.reachedOutBy()), row.reachedOutAt(), row.note(),
				row.version(), row.severity(), row.excerpt());
	}

	private static String name(Map<PersonId, String> names, PersonId person) {
		return names.getOrDefault(person, "someone no longer here");
	}

}
