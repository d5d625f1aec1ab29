package org.hearth.screening;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.hearth.people.PersonId;

/**
 * Screening failed on a message written inside Hearth, so nobody knows yet whether it
 * breaks the Code: the message is held and a person must read it. The conduct desk puts
 * it in the staff queue.
 *
 * @param volunteer the volunteer who wrote it, or {@code null} when a community member
 * did
 * @param memberHandle the member's pseudonymous handle when a member wrote it
 * @param authorRole who wrote it
 * @param source where the message was written, such as {@code discord} or {@code api}
 * @param messageRef the source's own reference to the message
 * @param excerpt the start of the message, as much as a reviewer needs
 */
public record ScreeningFailed(UUID screeningId, PersonId volunteer, String memberHandle, AuthorRole authorRole,
		String source, String messageRef, String excerpt, Instant at) {

	public ScreeningFailed {
		Objects.requireNonNull(screeningId, "screeningId");
		Objects.requireNonNull(authorRole, "authorRole");
	}

}
