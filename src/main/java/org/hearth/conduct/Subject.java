package org.hearth.conduct;

import java.util.Objects;

import org.hearth.people.PersonId;

/**
 * Whom a report or case is about: a volunteer by their id, or a community member by their
 * pseudonymous handle, or a conversation by a link or reference.
 */
public record Subject(SubjectKind kind, PersonId volunteer, String reference) {

	public Subject {
		Objects.requireNonNull(kind, "a subject has a kind");
		if ((kind == SubjectKind.VOLUNTEER) != (volunteer != null)) {
			throw new IllegalArgumentException("A volunteer subject names the volunteer, and only it does");
		}
		if (kind != SubjectKind.VOLUNTEER && (reference == null || reference.isBlank())) {
			throw new IllegalArgumentException("A member or conversation is named by a handle or a link");
		}
		reference = reference == null || reference.isBlank() ? null : reference.strip();
	}

	public static Subject volunteer(PersonId volunteer) {
		return new Subject(SubjectKind.VOLUNTEER, volunteer, null);
	}

	public static Subject member(String handle) {
		return new Subject(SubjectKind.MEMBER, null, handle);
	}

	public static Subject conversation(String reference) {
		return new Subject(SubjectKind.CONVERSATION, null, reference);
	}

	public boolean isVolunteer() {
		return kind == SubjectKind.VOLUNTEER;
	}

}
