package org.hearth.programs;

/** Where a program's volunteers meet the people they support. */
public enum Platform {

	DISCORD("Discord server"), FORUM("Forum"), OTHER("Other");

	private final String label;

	Platform(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
