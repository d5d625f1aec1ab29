package org.hearth.people;

/** What other modules may know of a person. */
public record PersonSummary(PersonId id, String email, String displayName, Role role, LeadType leadType,
		Access access) {
}
