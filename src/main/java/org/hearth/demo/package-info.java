/**
 * The demo organisation: programs, roles, policies and people in every role and every
 * state of the volunteer journey, loaded by {@code --demo} so a newcomer can sign in as
 * each role and look around.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "people", "programs", "onboarding", "volunteering" })
package org.hearth.demo;
