/**
 * The audit log: an append-only record of who changed what, and when, that admins read
 * and filter.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.hearth.audit;
