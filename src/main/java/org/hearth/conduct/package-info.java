/**
 * The conduct desk: reports of situations, debriefs with a lead, the cases staff review
 * one at a time, decisions with their rationale, appeals, warnings that add up to a
 * review, feedback on the quality of support, and the immediate suspension the Code asks
 * for when a volunteer urges someone to harm themselves.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "notifications", "site", "screening", "volunteering", "programs" })
package org.hearth.conduct;
