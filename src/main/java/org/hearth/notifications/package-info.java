/**
 * Tells people what they need to know: every notification is stored, listed in Hearth
 * under the bell, and e-mailed at once or in a daily digest as the person prefers (urgent
 * ones always at once) through an outbox that survives a mail server being down. Account
 * e-mails with a secret link go straight through the
 * {@link org.hearth.notifications.Mailer}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "people", "site" })
package org.hearth.notifications;
