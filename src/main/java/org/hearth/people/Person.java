package org.hearth.people;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A person with an account: their e-mail, name, role and password hash. */
public class Person {

	private final UUID id;

	private String email;

	private String displayName;

	private String passwordHash;

	private Role role;

	private LeadType leadType;

	private Access access;

	private final Instant createdAt;

	/** The version stored, or null for a person never saved. */
	private Long version;

	Person(UUID id, String email, String displayName, String passwordHash, Role role, LeadType leadType, Access access,
			Instant createdAt, Long version) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.leadType = leadType;
		this.access = access;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Person newPerson(String email, String displayName, Role role, Instant now) {
		if (role == Role.LEAD) {
			throw new IllegalArgumentException("A lead volunteer needs a lead type");
		}
		return new Person(UUID.randomUUID(), normalise(email), displayName.strip(), null, role, null, Access.ACTIVE,
				now, null);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Gives the person a new role; a lead volunteer must have a lead type, and only a
	 * lead has one.
	 */
	void changeRole(Role newRole, LeadType newLeadType) {
		if (newRole == Role.LEAD && newLeadType == null) {
			throw new IllegalArgumentException("Choose which kind of lead volunteer this person is");
		}
		this.role = newRole;
		this.leadType = newRole == Role.LEAD ? newLeadType : null;
	}

	/** Suspends access at once; a permanently removed person stays removed. */
	void suspend() {
		if (access != Access.REMOVED) {
			this.access = Access.SUSPENDED;
		}
	}

	/** Gives access back after a suspension; a permanent removal cannot be undone. */
	void restore() {
		if (access == Access.REMOVED) {
			throw new AccountException(null, displayName + " was removed permanently; access cannot be restored.");
		}
		this.access = Access.ACTIVE;
	}

	void removePermanently() {
		this.access = Access.REMOVED;
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	public PersonId id() {
		return new PersonId(id);
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public LeadType leadType() {
		return leadType;
	}

	public Access access() {
		return access;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** Whether the person was never saved. */
	boolean isNew() {
		return version == null;
	}

	/** Takes the version the store wrote, which the next save is checked against. */
	void stored(long storedVersion) {
		this.version = storedVersion;
	}

	public PersonSummary summary() {
		return new PersonSummary(id(), email, displayName, role, leadType, access);
	}

}
