package org.hearth.volunteering;

import org.springframework.modulith.NamedInterface;

/**
 * Logged service waits for a lead or staff to approve it; only approved service counts.
 */
@NamedInterface("web")
public enum ServiceEntryStatus {

	LOGGED, APPROVED, DECLINED

}
