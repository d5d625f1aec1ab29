package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * A volunteer asked for a debrief; {@code lead} is their lead or the lead's cover, or
 * {@code null} when staff route it.
 */
public record DebriefRequested(DebriefId debrief, PersonId volunteer, PersonId lead, ReportCategory reason,
		Instant at) {
}
