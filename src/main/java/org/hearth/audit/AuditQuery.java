package org.hearth.audit;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A filter over the audit log; every criterion is optional.
 *
 * @param actor part of the actor's e-mail
 * @param action an exact action such as {@code person.role-changed}
 * @param subjectType an exact subject type such as {@code program}
 * @param subjectId an exact subject id
 * @param from earliest moment, inclusive
 * @param to latest moment, exclusive
 */
@NamedInterface("web")
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from, Instant to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
