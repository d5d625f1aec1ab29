package org.hearth.programs;

/**
 * What a role asks of a volunteer: how many months, and how often (for example "3 hours a
 * week" or "2 shifts a week").
 */
public record Commitment(int months, String frequency) {

	public Commitment {
		if (months < 1 || months > 60) {
			throw new IllegalArgumentException("A commitment lasts between 1 and 60 months");
		}
		if (frequency == null || frequency.isBlank()) {
			throw new IllegalArgumentException("Say how often, for example \"3 hours a week\"");
		}
		frequency = frequency.strip();
	}

	@Override
	public String toString() {
		return months + (months == 1 ? " month, " : " months, ") + frequency;
	}

}
