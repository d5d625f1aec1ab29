/**
 * Where the organisation's people meet: the shared spaces admins list for each role
 * (Discord channels, forum sections, meeting links), and the announcements staff post to
 * a role or a program. Both show on each person's home page; an announcement is also sent
 * through the one notification service.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "programs", "volunteering", "notifications", "site" })
package org.hearth.spaces;
