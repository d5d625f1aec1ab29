/**
 * The weekly rhythm between a volunteer and their lead: check-ins with how the volunteer
 * is, the hours they served and the boundaries they keep; the workload and silence Hearth
 * notices; and the gentle alerts to the lead (and to staff when they repeat) that a daily
 * job raises once across instances.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "notifications", "site", "volunteering" })
package org.hearth.checkins;
