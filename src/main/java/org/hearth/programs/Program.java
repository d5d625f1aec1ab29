package org.hearth.programs;

import java.time.Instant;

/**
 * A program of the organisation, such as peer support on a Discord server or forum
 * responders.
 */
public record Program(ProgramId id, String name, String description, Platform platform, Instant createdAt,
		long version) {

	public Program {
		name = Programs.requireText(name, "name", 120);
		description = description == null ? "" : description.strip();
		if (platform == null) {
			throw new ProgramException("platform", "Choose the platform the program runs on");
		}
	}

}
