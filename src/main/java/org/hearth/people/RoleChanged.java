package org.hearth.people;

/** An admin changed a person's role (and, for leads, their lead type). */
public record RoleChanged(PersonId person, Role from, Role to, LeadType leadType) {
}
