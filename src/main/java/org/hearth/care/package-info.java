/**
 * Care for people in danger, never a case against them: crisis resources by country and
 * language, community members known only by platform and handle, who is on duty, the
 * escalation of a member in crisis from the first alert to its outcome, and volunteers in
 * distress until someone has reached out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "people", "notifications", "site",
		"screening", "conduct", "volunteering", "programs" })
package org.hearth.care;
