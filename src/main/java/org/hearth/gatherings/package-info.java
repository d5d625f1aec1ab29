/**
 * Trainings and lead meetings people take part in together: staff schedule them once or
 * monthly, online or in a place, for a program's volunteers, leads or staff; invited
 * people answer yes, no or maybe; staff or the lead running one take attendance; whoever
 * missed one is offered the next; lead meetings keep reflections among leads and staff;
 * and a training someone took part in is written on their service record.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "people", "programs", "notifications", "site", "volunteering" })
package org.hearth.gatherings;
