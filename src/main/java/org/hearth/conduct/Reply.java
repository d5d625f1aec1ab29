package org.hearth.conduct;

import java.time.Instant;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/** What a volunteer said back about a decision: a response, or their one appeal. */
@NamedInterface("web")
public record Reply(UUID id, DecisionId decision, Kind kind, String text, PersonId by, Instant at) {

	public enum Kind {

		RESPONSE, APPEAL

	}

}
