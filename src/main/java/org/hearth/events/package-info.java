/**
 * Events between modules reach their listeners: a delivery that failed is tried again
 * while Hearth runs, less often each time, and staff are told when one stays stuck.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "people", "notifications" })
package org.hearth.events;
