package org.hearth.checkins;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hearth.audit.AuditLog;
import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.Role;

import org.springframework.stereotype.Component;

/**
 * Raises the gentle alerts of the rhythm through the one notification service: each alert
 * once (its kind, volunteer and period are its identity), to the volunteer's lead, and to
 * staff when alerts about one volunteer repeat within a few weeks.
 */
@Component
class RhythmAlerts {

	private final AlertStore alerts;

	private final Notifications notifications;

	private final Accounts accounts;

	private final AuditLog audit;

	private final RhythmPolicy policy;

	private final CheckInSettings settings;

	private final Clock clock;

	RhythmAlerts(AlertStore alerts, Notifications notifications, Accounts accounts, AuditLog audit,
			CheckInSettings settings, Clock clock) {
		this.alerts = alerts;
		this.notifications = notifications;
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.policy = new RhythmPolicy(settings);
		this.clock = clock;
	}

	/**
	 * Tells the lead about the finding unless they heard of it already; returns whether
	 * they were told now.
	 */
	boolean raise(PersonId volunteer, String name, PersonId lead, Finding finding) {
		return raise(volunteer, lead, finding.kind(), finding.period(), finding.subject(name), finding.body(name));
	}

	boolean raise(PersonId volunteer, PersonId lead, AlertKind kind, java.time.LocalDate period, String subject,
			String body) {
		Instant now = clock.instant();
		List<PersonId> recipients = lead == null ? staff() : List.of(lead);
		if (!alerts.raise(volunteer, kind, period, lead, subject, now)) {
			return false;
		}
		String link = "/lead/checkins/" + volunteer.value();
		for (PersonId recipient : recipients) {
			notifications.notify(new Notification(recipient, Topic.RHYTHM, Urgency.ROUTINE, subject,
					body + (lead == null ? " (They have no lead volunteer at the moment, so staff are told.)" : ""),
					link));
		}
		audit.record("checkin.alert-raised", "person", volunteer,
				kind.label() + " for " + period + (lead == null ? "; no lead, told staff" : "; told lead " + lead));
		return true;
	}

	/**
	 * Tells staff when the lead has had several alerts about the volunteer within the
	 * window and staff have not been told within it yet; returns whether they were.
	 */
	boolean reachStaffIfRepeated(PersonId volunteer, String name, PersonId lead, String leadName) {
		Instant now = clock.instant();
		Instant since = now.minus(java.time.Duration.ofDays(7L * settings.staffWindowWeeks()));
		long recent = alerts.countedSince(volunteer, since);
		if (!policy.tellStaff(recent, alerts.staffToldSince(volunteer, since))) {
			return false;
		}
		String subject = "Several gentle alerts about " + name;
		String body = "In the last " + settings.staffWindowWeeks() + " weeks, Hearth raised " + recent
				+ " alerts about " + name + " to " + (leadName == null ? "their lead" : leadName)
				+ " (missed weeks, falling well-being, heavy weeks or silence). Please ask the lead how " + name
				+ " is doing, and whether they need support.";
		if (!alerts.raise(volunteer, AlertKind.REPEATED, Weeks.of(now.atZone(clock.getZone()).toLocalDate()), null,
				subject, now)) {
			return false;
		}
		for (PersonId person : staff()) {
			notifications.notify(new Notification(person, Topic.RHYTHM, Urgency.ROUTINE, subject, body,
					"/lead/checkins/" + volunteer.value()));
		}
		audit.record("checkin.alert-raised", "person", volunteer,
				AlertKind.REPEATED.label() + ": " + recent + " alerts in " + settings.staffWindowWeeks() + " weeks");
		return true;
	}

	/** Every active staff member; admins when there is no staff member. */
	private List<PersonId> staff() {
		var people = new ArrayList<PersonId>();
		for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
			for (Person person : accounts.search(role, null)) {
				if (person.role() == role && person.access() == Access.ACTIVE) {
					people.add(person.id());
				}
			}
			if (!people.isEmpty()) {
				break;
			}
		}
		return people;
	}

}
