package org.hearth.conduct;

/**
 * What a reporter saw that makes a member's risk critical: a plan, the means at hand, or
 * a goodbye. Any of them alerts staff at once as well as the people on duty.
 */
public enum RiskSign {

	PLAN("They spoke of a plan or a time"), MEANS("They have the means at hand"),
	GOODBYE("They said goodbye or are giving things away");

	private final String label;

	RiskSign(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
