package org.hearth.conduct;

import java.time.Instant;
import java.util.UUID;

import org.hearth.people.PersonId;

/** What a volunteer said back about a decision: a response, or their one appeal. */
public record Reply(UUID id, DecisionId decision, Kind kind, String text, PersonId by, Instant at) {

	public enum Kind {

		RESPONSE, APPEAL

	}

}
