/**
 * The demo organisation: programs, roles, policies, people in every role, every state of
 * the volunteer journey and conduct cases in every state, loaded by {@code --demo} so a
 * newcomer can sign in as each role and look around.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "care", "checkins", "conduct", "gatherings",
		"people", "spaces", "programs", "onboarding", "volunteering", "screening" })
package org.hearth.demo;
