/**
 * Message screening against the eight categories of the Code of Conduct. The engine in
 * this package and {@code engine} is plain Java, runnable from the command line;
 * {@code live} keeps the rules the admins changed in force and tells the other modules
 * what was flagged.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "people", "audit", "site", "volunteering" })
package org.hearth.screening;
