/**
 * Each person's private calendar feed (iCalendar, at a secret address they can replace):
 * their trainings and lead meetings, a weekly check-in reminder while they serve, and the
 * end of their commitment, for Google Calendar, Outlook and the like to subscribe to.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "gatherings", "checkins", "volunteering", "site" })
package org.hearth.calendars;
