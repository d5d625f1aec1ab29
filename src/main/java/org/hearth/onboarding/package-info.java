/**
 * Becoming a volunteer: applications to program roles, the onboarding gates each role
 * sets (courses with quizzes, background checks, policy acknowledgements, minimum age),
 * activation with a lead volunteer, and the expiries that ask volunteers to renew.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "programs", "site", "volunteering", "notifications" })
package org.hearth.onboarding;
