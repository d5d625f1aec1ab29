package org.hearth.spaces;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an announcement's audience once it is posted. */
@Component
class SpacesListeners {

	private static final Logger log = LoggerFactory.getLogger(SpacesListeners.class);

	private final Announcements announcements;

	SpacesListeners(Announcements announcements) {
		this.announcements = announcements;
	}

	@ApplicationModuleListener
	void on(AnnouncementPosted posted) {
		int told = announcements.tell(posted.announcement());
		log.info("Announcement {} sent to {} people", posted.announcement(), told);
	}

}
