package org.hearth.screening;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.hearth.people.PersonId;

/**
 * A message screened inside Hearth breaks the Code of Conduct. The conduct and care
 * modules act on it.
 *
 * @param volunteer the volunteer who wrote it, or {@code null} when a community member
 * did
 * @param memberHandle the member's pseudonymous handle when a member wrote it
 * @param authorRole {@code volunteer} or {@code member}
 * @param categories the Code categories broken, such as {@code SELF_HARM_ENCOURAGEMENT}
 * or {@code CRISIS}
 * @param severity the highest severity: {@code LOW}, {@code MEDIUM}, {@code HIGH} or
 * {@code CRITICAL}
 * @param action what follows for this author, such as
 * {@code suspend_and_open_critical_case}
 * @param source where the message was written, such as {@code discord}, {@code forum} or
 * {@code api}
 * @param messageRef the source's own reference to the message
 * @param excerpt the flagged text, as much as a reviewer needs
 */
public record ScreeningFlagged(UUID screeningId, PersonId volunteer, String memberHandle, String authorRole,
		Set<String> categories, String severity, String action, String source, String messageRef, String excerpt,
		Instant at) {
}
