package org.hearth.volunteering;

/**
 * Logged service waits for a lead or staff to approve it; only approved service counts.
 */
public enum ServiceEntryStatus {

	LOGGED, APPROVED, DECLINED

}
