package org.hearth.checkins;

/** What a gentle alert about a volunteer's rhythm was about. */
enum AlertKind {

	MISSED_WEEK("Missed week"), FALLING_WELL_BEING("Falling well-being"), LOW_WELL_BEING("Low well-being"),
	HEAVY_WEEK("Heavy week"), LONG_DAY("Long day"), SILENCE("Silence"), DEBRIEF_WISH("Asked for a debrief"),
	/** Several alerts in a few weeks, told to staff. */
	REPEATED("Repeated alerts, told to staff");

	private final String label;

	AlertKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether alerts of this kind count towards telling staff. */
	boolean countsTowardsStaff() {
		return this != REPEATED && this != DEBRIEF_WISH;
	}

}
