/**
 * Tells people what they need to know by e-mail, acting on the events of the other
 * modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "people", "onboarding", "volunteering" })
package org.hearth.notifications;
