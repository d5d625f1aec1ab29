/**
 * People who sign in to Hearth: their accounts and roles, sign-in, registration, password
 * resets and personal API tokens, and who may reach which page and endpoint.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "audit")
package org.hearth.people;
