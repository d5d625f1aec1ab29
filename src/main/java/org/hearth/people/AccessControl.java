package org.hearth.people;

import org.hearth.shared.NotFound;
import org.hearth.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a person's access away at once, or gives it back: suspending or removing ends
 * every session and revokes every API token in the same transaction, so nothing waits on
 * a batch job. A permanent removal cannot be undone and bars new applications.
 */
@Service
public class AccessControl {

	private final PersonStore people;

	private final ApiTokens tokens;

	private final Sessions sessions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	AccessControl(PersonStore people, ApiTokens tokens, Sessions sessions, AuditLog audit,
			ApplicationEventPublisher events) {
		this.people = people;
		this.tokens = tokens;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public void suspend(PersonId id, String reason) {
		Person person = find(id);
		Access before = person.access();
		person.suspend();
		endEverySession(person);
		people.save(person);
		audit.record("person.access-suspended", "person", id, reason);
		events.publishEvent(new AccessChanged(id, before, person.access(), reason));
	}

	@Transactional
	public void restore(PersonId id, String reason) {
		Person person = find(id);
		Access before = person.access();
		person.restore();
		people.save(person);
		audit.record("person.access-restored", "person", id, reason);
		events.publishEvent(new AccessChanged(id, before, Access.ACTIVE, reason));
	}

	@Transactional
	public void removePermanently(PersonId id, String reason) {
		Person person = find(id);
		Access before = person.access();
		person.removePermanently();
		endEverySession(person);
		people.save(person);
		audit.record("person.removed-permanently", "person", id, reason);
		events.publishEvent(new AccessChanged(id, before, Access.REMOVED, reason));
	}

	/** Whether the person was removed permanently and so may not apply again. */
	@Transactional(readOnly = true)
	public boolean isPermanentlyRemoved(PersonId id) {
		return people.findById(id.value()).map(person -> person.access() == Access.REMOVED).orElse(false);
	}

	private void endEverySession(Person person) {
		tokens.revokeAll(person.id());
		// Sessions live in the database (Spring Session JDBC), so this ends them on every
		// instance.
		sessions.endAll(person.email());
	}

	private Person find(PersonId id) {
		return people.findById(id.value()).orElseThrow(() -> new NotFound("There is no person " + id));
	}

}
