package org.hearth.gatherings;

/** What an invited person answered: whether they will come. */
public enum Answer {

	YES("Yes, I'll be there", "coming"), MAYBE("Maybe", "maybe coming"), NO("No, not this time", "not coming");

	private final String label;

	private final String described;

	Answer(String label, String described) {
		this.label = label;
		this.described = described;
	}

	/** The answer as the person gives it. */
	public String label() {
		return label;
	}

	/** The answer as others read it in a list: "coming". */
	public String described() {
		return described;
	}

}
