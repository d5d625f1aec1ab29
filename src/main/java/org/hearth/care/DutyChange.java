package org.hearth.care;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/**
 * A one-off change to a lead volunteer's weekly hours: on duty for a stretch outside
 * them, or away during them.
 */
@NamedInterface("web")
public record DutyChange(UUID id, PersonId person, Instant startsAt, Instant endsAt, boolean onDuty, String note) {

	/** The parts of a change to someone's hours it refuses. */
	public enum Part implements RequestRefused.Part {

		START, END, NOTE

	}

	public DutyChange {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(person, "person");
		if (startsAt == null) {
			throw new RequestRefused(Part.START, "Give when the change starts.");
		}
		if (endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new RequestRefused(Part.END, "The change ends after it starts.");
		}
		note = CrisisResource.blankToNull(note);
		if (note != null && note.length() > 200) {
			throw new RequestRefused(Part.NOTE, "Please keep the note under 200 characters.");
		}
	}

	/**
	 * The longest a one-off change may last: a stretch longer than a month is a change of
	 * the weekly hours, and a change without a sensible end would quietly take someone
	 * off (or put them on) every alert for good.
	 */
	public static final Duration LONGEST = Duration.ofDays(31);

	/**
	 * Refuses, with what to do instead, a change that would already be over when it is
	 * added, or that lasts longer than {@link #LONGEST}.
	 */
	void mayBeAddedAt(Instant now) {
		if (!endsAt.isAfter(now)) {
			throw new RequestRefused(Part.END,
					"That change would already be over when it is saved: it ends before now. Choose an end that is "
							+ "still to come, or leave the past as it was.");
		}
		if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
			throw new RequestRefused(Part.END,
					"A one-off change lasts at most " + LONGEST.toDays() + " days, and this one lasts "
							+ days(Duration.between(startsAt, endsAt)) + ". Please choose an end within "
							+ LONGEST.toDays() + " days of the start; for a longer "
							+ "stretch, change your weekly hours instead, or add another change when this one ends.");
		}
	}

	private static String days(Duration duration) {
		long days = duration.toDays();
		boolean whole = duration.equals(Duration.ofDays(days));
		return whole ? days + " days" : "more than " + days + " days";
	}

	public boolean covers(Instant instant) {
		return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
	}

}
