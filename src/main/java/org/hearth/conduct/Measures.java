package org.hearth.conduct;

import java.time.Clock;
import java.time.Instant;

import org.hearth.people.Access;
import org.hearth.people.AccessControl;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.volunteering.Volunteers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The measures that change a volunteer's access, taken at once through the people module
 * (sessions end and API tokens are revoked in the same transaction) and announced for
 * integrations.
 */
@Component
class Measures {

	private final AccessControl access;

	private final Names names;

	private final CaseStore cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Volunteers volunteers;

	Measures(AccessControl access, Names names, CaseStore cases, ApplicationEventPublisher events, Clock clock,
			Volunteers volunteers) {
		this.volunteers = volunteers;
		this.access = access;
		this.names = names;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/** Suspends an active volunteer's access; returns whether this suspended them. */
	boolean suspend(ConductCase c, String reason, PersonId by, String byName) {
		PersonId volunteer = c.subject().volunteer();
		if (accessOf(volunteer) != Access.ACTIVE) {
			return false;
		}
		Instant now = clock.instant();
		access.suspend(volunteer, reason + " (conduct case #" + c.reference() + ")");
		cases.addEntry(c.id(), CaseEntry.Kind.SUSPENSION, "Access suspended at once: " + reason, by, byName, now);
		events.publishEvent(new VolunteerSuspended(volunteer, c.id(), reason, now));
		return true;
	}

	/**
	 * Gives a suspended volunteer their access back; returns whether they were suspended.
	 */
	boolean lift(ConductCase c, String reason, PersonId by, String byName) {
		PersonId volunteer = c.subject().volunteer();
		if (accessOf(volunteer) != Access.SUSPENDED) {
			return false;
		}
		Instant now = clock.instant();
		access.restore(volunteer, reason + " (conduct case #" + c.reference() + ")");
		cases.addEntry(c.id(), CaseEntry.Kind.LIFTING, "Suspension lifted: " + reason, by, byName, now);
		events.publishEvent(new VolunteerSuspensionLifted(volunteer, c.id(), reason, now));
		return true;
	}

	/**
	 * Removes the volunteer for good: access ends, enrolments end, new applications are
	 * barred.
	 */
	void removePermanently(ConductCase c, String reason) {
		PersonId volunteer = c.subject().volunteer();
		Instant now = clock.instant();
		if (accessOf(volunteer) != Access.REMOVED) {
			access.removePermanently(volunteer, reason + " (conduct case #" + c.reference() + ")");
		}
		events.publishEvent(new VolunteerRemoved(volunteer, c.id(), true, reason, now));
	}

	/**
	 * Removes the volunteer from their role; their account stays, so they can read the
	 * decision and appeal.
	 */
	void removeFromRole(ConductCase c, String reason) {
		volunteers.endService(c.subject().volunteer(), reason + " (conduct case #" + c.reference() + ")");
		events.publishEvent(new VolunteerRemoved(c.subject().volunteer(), c.id(), false, reason, clock.instant()));
	}

	Access accessOf(PersonId volunteer) {
		return names.person(volunteer).map(PersonSummary::access).orElse(null);
	}

}
