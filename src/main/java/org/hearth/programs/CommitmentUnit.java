package org.hearth.programs;

/** What a commitment counts: hours, or sessions (shifts, replies, meetings). */
public enum CommitmentUnit {

	HOURS("hour", "hours"), SESSIONS("session", "sessions");

	private final String one;

	private final String many;

	CommitmentUnit(String one, String many) {
		this.one = one;
		this.many = many;
	}

	/** The unit's word for this many of it: "1 hour", "2.5 hours". */
	public String label(java.math.BigDecimal amount) {
		return amount.compareTo(java.math.BigDecimal.ONE) == 0 ? one : many;
	}

	public String plural() {
		return many;
	}

}
