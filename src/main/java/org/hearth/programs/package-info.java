/**
 * How the organisation is set up: its programs, the roles in each program with their
 * requirements and expected commitment, and the versioned policy documents volunteers
 * acknowledge.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "people", "site" })
package org.hearth.programs;
