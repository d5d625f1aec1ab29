/**
 * Where Hearth keeps its data: an embedded PostgreSQL in a local folder unless a
 * PostgreSQL server is configured with the standard {@code spring.datasource.*} settings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.hearth.database;
