package org.hearth.conduct;

import java.time.Instant;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/** A debrief a volunteer asked for, routed to their lead and tracked until it is held. */
@NamedInterface("web")
public final class DebriefRequest {

	public enum Status {

		REQUESTED, HELD

	}

	private final DebriefId id;

	private final PersonId volunteer;

	private final PersonId lead;

	private final ReportCategory reason;

	private final String what;

	private Status status;

	private final Instant requestedAt;

	private Instant heldAt;

	private PersonId heldBy;

	private final long version;

	DebriefRequest(DebriefId id, PersonId volunteer, PersonId lead, ReportCategory reason, String what, Status status,
			Instant requestedAt, Instant heldAt, PersonId heldBy, long version) {
		this.id = id;
		this.volunteer = volunteer;
		this.lead = lead;
		this.reason = reason;
		this.what = what;
		this.status = status;
		this.requestedAt = requestedAt;
		this.heldAt = heldAt;
		this.heldBy = heldBy;
		this.version = version;
	}

	public static DebriefRequest request(PersonId volunteer, PersonId lead, ReportCategory reason, String what,
			Instant now) {
		return new DebriefRequest(DebriefId.random(), volunteer, lead, reason, what, Status.REQUESTED, now, null, null,
				0);
	}

	/** The lead (or staff) held the debrief; it stays on record, with its notes. */
	public void markHeld(PersonId by, Instant now) {
		if (status == Status.HELD) {
			throw new RequestRefused("This debrief was already held.");
		}
		status = Status.HELD;
		heldAt = now;
		heldBy = by;
	}

	public DebriefId id() {
		return id;
	}

	public PersonId volunteer() {
		return volunteer;
	}

	public PersonId lead() {
		return lead;
	}

	public ReportCategory reason() {
		return reason;
	}

	public String what() {
		return what;
	}

	public Status status() {
		return status;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public Instant heldAt() {
		return heldAt;
	}

	public PersonId heldBy() {
		return heldBy;
	}

	public long version() {
		return version;
	}

}
