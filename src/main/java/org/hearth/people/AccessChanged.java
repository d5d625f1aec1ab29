package org.hearth.people;

/**
 * A person's access changed: suspended, restored or removed permanently. Their sessions
 * and API tokens have already ended when access is taken away.
 */
public record AccessChanged(PersonId person, Access from, Access to, String reason) {
}
