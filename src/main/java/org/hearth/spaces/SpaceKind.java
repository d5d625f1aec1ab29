package org.hearth.spaces;

/** What kind of place a shared space is. */
public enum SpaceKind {

	DISCORD_CHANNEL("Discord channel"), FORUM_SECTION("Forum section"), MEETING_LINK("Meeting link"),
	OTHER("Other place");

	private final String label;

	SpaceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
