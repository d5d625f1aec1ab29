package org.hearth.conduct;

import org.hearth.screening.ScreeningFailed;
import org.hearth.screening.ScreeningFlagged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Files what screening flags, and the messages it failed to screen. The event is stored
 * before it is handled, so a crash between the screening and this listener loses nothing:
 * the publication is resubmitted, and filing is idempotent.
 */
@Component
class ScreeningHits {

	private final Reports reports;

	ScreeningHits(Reports reports) {
		this.reports = reports;
	}

	@ApplicationModuleListener
	void on(ScreeningFlagged hit) {
		reports.fileScreeningHit(hit);
	}

	@ApplicationModuleListener
	void on(ScreeningFailed failed) {
		reports.fileScreeningFailure(failed);
	}

}
