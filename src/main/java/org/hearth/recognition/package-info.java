/**
 * Recognition: the milestones a volunteer reaches (a first month of service, hours
 * served, a commitment fulfilled), found once a day once across instances; each shows on
 * the volunteer's page with a note from their lead, and staff see who reached what each
 * month.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "volunteering", "gatherings", "notifications", "site" })
package org.hearth.recognition;
