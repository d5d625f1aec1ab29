package org.hearth.programs;

import java.time.Instant;

/**
 * A role volunteers can apply to within a program, with what it requires and asks of
 * them.
 */
public record ProgramRole(ProgramRoleId id, ProgramId programId, String name, String description, Commitment commitment,
		Requirements requirements, Instant createdAt, long version) {

	public ProgramRole {
		name = Programs.requireText(name, "name", 120);
		description = description == null ? "" : description.strip();
	}

}
