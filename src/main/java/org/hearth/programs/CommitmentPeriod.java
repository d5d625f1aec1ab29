package org.hearth.programs;

import java.math.BigDecimal;

/** How often a commitment's amount comes round. */
public enum CommitmentPeriod {

	WEEK("a week", new BigDecimal("1")), TWO_WEEKS("every two weeks", new BigDecimal("2")),
	MONTH("a month", new BigDecimal("4.33"));

	private final String words;

	private final BigDecimal weeks;

	CommitmentPeriod(String words, BigDecimal weeks) {
		this.words = words;
		this.weeks = weeks;
	}

	/** As it follows an amount: "3 hours <em>every two weeks</em>". */
	public String words() {
		return words;
	}

	/** How many weeks the period lasts (a month is 52 weeks over 12). */
	public BigDecimal weeks() {
		return weeks;
	}

}
