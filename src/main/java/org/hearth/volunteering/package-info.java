/**
 * Volunteers in service: enrolments with exactly one lead volunteer, cover and
 * reassignment of leads, the service volunteers log against their commitment, pauses, and
 * each volunteer's record.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "programs", "site", "notifications" })
package org.hearth.volunteering;
