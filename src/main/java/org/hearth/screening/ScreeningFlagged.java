package org.hearth.screening;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hearth.people.PersonId;

/**
 * A message screened inside Hearth breaks the Code of Conduct. The conduct and care
 * modules act on it, each by screening's own types: conduct files what a person did to
 * others, care answers a person in crisis.
 *
 * @param volunteer the volunteer who wrote it, or {@code null} when a community member
 * did
 * @param memberHandle the member's pseudonymous handle when a member wrote it
 * @param authorRole who wrote it
 * @param severities each category broken, with the highest severity found for it
 * @param severity the highest severity over every category
 * @param action what follows for this author, the strongest over every category
 * @param source where the message was written, such as {@code discord}, {@code forum} or
 * {@code api}
 * @param messageRef the source's own reference to the message
 * @param excerpt the flagged text, as much as a reviewer needs
 */
public record ScreeningFlagged(UUID screeningId, PersonId volunteer, String memberHandle, AuthorRole authorRole,
		Map<Category, Severity> severities, Severity severity, Action action, String source, String messageRef,
		String excerpt, Instant at) {

	public ScreeningFlagged {
		Objects.requireNonNull(screeningId, "screeningId");
		Objects.requireNonNull(authorRole, "authorRole");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(action, "action");
		if (severities == null || severities.isEmpty()) {
			throw new IllegalArgumentException("A flag breaks at least one category");
		}
		severities = Collections.unmodifiableMap(new EnumMap<>(severities));
	}

	/** The categories broken. */
	public Set<Category> categories() {
		return severities.keySet();
	}

	/** Whether the author signalled risk to their own life or safety. */
	public boolean signalsCrisis() {
		return severities.containsKey(Category.CRISIS);
	}

	/**
	 * The categories that concern what the author did to others: every one but
	 * {@link Category#CRISIS}, which is about the author's own safety.
	 */
	public Map<Category, Severity> conductSeverities() {
		var others = new EnumMap<Category, Severity>(Category.class);
		severities.forEach((category, found) -> {
			if (category != Category.CRISIS) {
				others.put(category, found);
			}
		});
		return others;
	}

}
