package org.hearth.programs;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a program's volunteers meet the people they support, and so where a community
 * member is known: Discord, the forum, or somewhere else.
 */
public enum Platform {

	DISCORD("Discord server"), FORUM("Forum"), OTHER("Other");

	private final String label;

	Platform(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The word handles and integrations use, such as {@code discord} in
	 * {@code discord:1234}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The platform a word names ({@code discord}, {@code forum}, {@code other}), if any.
	 */
	public static Optional<Platform> ofCode(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String code = word.strip().toLowerCase(Locale.ROOT);
		for (Platform platform : values()) {
			if (platform.code().equals(code)) {
				return Optional.of(platform);
			}
		}
		return Optional.empty();
	}

}
