package org.hearth.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;

import org.springframework.modulith.NamedInterface;

/**
 * A milestone a volunteer reached, with the note of thanks their lead wrote for it, if
 * any.
 *
 * @param lead the lead who is asked to write the note (the volunteer's lead when reached)
 * @param detail what exactly was reached: the hours, or the enrolment whose commitment
 * was fulfilled; with the volunteer and kind it keeps each milestone once
 * @param version the version it was read at, so a note is never overwritten unseen
 */
@NamedInterface("web")
public record Milestone(MilestoneId id, PersonId volunteer, PersonId lead, MilestoneKind kind, String detail,
		String title, LocalDate reachedOn, String note, PersonId noteBy, Instant noteAt, long version) {

	/** The part of a milestone it refuses. */
	public enum Part implements RequestRefused.Part {

		NOTE

	}

	/** The longest note a lead may write. */
	public static final int LONGEST_NOTE = 1000;

	public Milestone {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(volunteer, "volunteer");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(reachedOn, "reachedOn");
	}

	/** The milestone with the lead's note; refused when the note is empty or too long. */
	Milestone withNote(String text, PersonId by, Instant at) {
		String written = text == null ? "" : text.strip();
		if (StorableText.looksBlank(written)) {
			throw new RequestRefused(Part.NOTE, "Write a few words for them; a sentence is enough.");
		}
		if (written.length() > LONGEST_NOTE) {
			throw new RequestRefused(Part.NOTE,
					"Please keep the note to " + LONGEST_NOTE + " characters; it has " + written.length() + " now.");
		}
		return new Milestone(id, volunteer, lead, kind, detail, title, reachedOn, written, by, at, version);
	}

}
