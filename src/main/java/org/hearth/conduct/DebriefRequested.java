package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/**
 * A volunteer asked for a debrief; {@code lead} is their lead or the lead's cover, or
 * {@code null} when staff route it. {@code feelsSafe} is false when the volunteer said
 * "No, I don't feel safe": care alerts their lead and staff at once.
 */
public record DebriefRequested(DebriefId debrief, PersonId volunteer, PersonId lead, ReportCategory reason,
		boolean feelsSafe, Instant at) {
}
