package org.hearth.checkins;

/**
 * How a volunteer is, on a simple scale from 1 to 5, each step with its words so that
 * nobody has to guess what a number means.
 */
public enum WellBeing {

	STRUGGLING(1, "Struggling"), LOW(2, "Low"), OKAY(3, "Okay"), GOOD(4, "Good"), THRIVING(5, "Thriving");

	private final int score;

	private final String label;

	WellBeing(int score, String label) {
		this.score = score;
		this.label = label;
	}

	public int score() {
		return score;
	}

	public String label() {
		return label;
	}

	/** The score with its words, such as "2 – Low". */
	public String described() {
		return score + " – " + label;
	}

	public static WellBeing of(int score) {
		for (WellBeing value : values()) {
			if (value.score == score) {
				return value;
			}
		}
		throw new IllegalArgumentException("Well-being is a score from 1 to 5, not " + score);
	}

}
