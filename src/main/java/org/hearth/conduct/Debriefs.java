package org.hearth.conduct;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.conduct.DebriefStore.DebriefNote;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.volunteering.Volunteers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debriefs with a lead: routed to the volunteer's lead (or the lead's cover) and tracked
 * until held. The lead sees the debriefs of the volunteers they lead, staff see all; the
 * private notes are for them only. The volunteer sees whether their debrief was held.
 */
@NamedInterface("web")
@Service
public class Debriefs {

	private final DebriefStore debriefs;

	private final Volunteers volunteers;

	private final Names names;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Debriefs(DebriefStore debriefs, Volunteers volunteers, Names names, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.debriefs = debriefs;
		this.volunteers = volunteers;
		this.names = names;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What a lead or staff member sees of a debrief. */
	public record DebriefView(DebriefId id, PersonId volunteer, String volunteerName, String leadName,
			ReportCategory reason, String what, DebriefRequest.Status status, Instant requestedAt, Instant heldAt,
			long version) {
	}

	/** A debrief with its private notes. */
	public record DebriefFile(DebriefView debrief, List<DebriefNote> notes) {
	}

	/**
	 * Routes a volunteer's request to their lead, or the lead's cover; without one, staff
	 * pick it up.
	 */
	DebriefRequest request(PersonId volunteer, ReportCategory reason, String what, boolean feelsSafe, Instant now) {
		PersonId lead = volunteers.leadFor(volunteer).orElse(null);
		DebriefRequest debrief = DebriefRequest.request(volunteer, lead, reason, what, now);
		debriefs.insert(debrief);
		audit.record("conduct.debrief-requested", "conduct-debrief", debrief.id(),
				lead == null ? "No lead to route to; staff will pick it up" : "Routed to lead " + lead);
		events.publishEvent(new DebriefRequested(debrief.id(), volunteer, lead, reason, feelsSafe, now));
		return debrief;
	}

	boolean isHeld(DebriefId id) {
		return debriefs.find(id).map(d -> d.status() == DebriefRequest.Status.HELD).orElse(false);
	}

	/**
	 * The debriefs this lead may see (their volunteers' and those routed to them), or
	 * every one for staff.
	 */
	@Transactional(readOnly = true)
	public List<DebriefView> visibleTo(HearthUser viewer) {
		List<DebriefRequest> found;
		if (isStaff(viewer)) {
			found = debriefs.all();
		}
		else if (viewer.role() == Role.LEAD) {
			found = debriefs.forLead(viewer.id(), volunteers.ledBy(viewer.id()));
		}
		else {
			found = List.of();
		}
		return found.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public DebriefFile open(DebriefId id, HearthUser viewer) {
		DebriefRequest debrief = visible(id, viewer);
		return new DebriefFile(view(debrief), debriefs.notes(id));
	}

	@Transactional
	public void markHeld(DebriefId id, long version, HearthUser viewer) {
		DebriefRequest debrief = visible(id, viewer);
		if (debrief.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"Someone else updated this debrief meanwhile; look again.");
		}
		debrief.markHeld(viewer.id(), clock.instant());
		debriefs.update(debrief);
		audit.record("conduct.debrief-held", "conduct-debrief", id, "Held with " + names.of(debrief.volunteer()));
	}

	@Transactional
	public void addNote(DebriefId id, String text, HearthUser viewer) {
		visible(id, viewer);
		if (text == null || text.isBlank()) {
			throw new RequestRefused("text", "Write the note first.");
		}
		if (text.length() > 8000) {
			throw new RequestRefused("text", "Please keep a note under 8,000 characters.");
		}
		debriefs.addNote(id, text.strip(), viewer.id(), viewer.displayName(), clock.instant());
		audit.record("conduct.debrief-note-added", "conduct-debrief", id, "Private note added");
	}

	/**
	 * The volunteer's own debrief requests and whether each was held; never the notes.
	 */
	@Transactional(readOnly = true)
	public List<DebriefView> requestedBy(PersonId volunteer) {
		return debriefs.ofVolunteer(volunteer).stream().map(this::view).toList();
	}

	private DebriefRequest visible(DebriefId id, HearthUser viewer) {
		return debriefs.find(id)
			.filter(debrief -> isStaff(viewer) || (viewer.role() == Role.LEAD
					&& (viewer.id().equals(debrief.lead()) || volunteers.leads(viewer.id(), debrief.volunteer()))))
			.orElseThrow(() -> new NotFound("There is no debrief here for you."));
	}

	private DebriefView view(DebriefRequest d) {
		return new DebriefView(d.id(), d.volunteer(), names.of(d.volunteer()),
				d.lead() == null ? "Staff (no lead assigned)" : names.of(d.lead()), d.reason(), d.what(), d.status(),
				d.requestedAt(), d.heldAt(), d.version());
	}

	static boolean isStaff(HearthUser user) {
		return user.role().compareTo(Role.STAFF) >= 0;
	}

}
