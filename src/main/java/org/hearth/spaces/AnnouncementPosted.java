package org.hearth.spaces;

/** A staff member posted an announcement; its audience is told after the commit. */
record AnnouncementPosted(AnnouncementId announcement) {
}
