package org.hearth.spaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/**
 * News from staff to a role or a program, shown on the home page of everyone it is for
 * until its last day, unless a staff member withdraws it first.
 *
 * @param lastDay the last day it shows
 * @param withdrawnAt when it was withdrawn, or {@code null}
 * @param version the version it was read at, so two staff cannot overwrite each other
 */
@NamedInterface("web")
public record Announcement(AnnouncementId id, String title, String body, Audience audience, PersonId postedBy,
		Instant postedAt, LocalDate lastDay, Instant withdrawnAt, long version) {

	/** The part of an announcement it refuses. */
	public enum Part implements RequestRefused.Part {

		TITLE, BODY, LAST_DAY

	}

	/** How long an announcement may show at most. */
	static final int LONGEST_DAYS = 366;

	public Announcement {
		Objects.requireNonNull(id, "id");
		title = Texts.line(Part.TITLE, title, 120, "Give the announcement a title.");
		body = Texts.required(Part.BODY, body, 4000, "Write what you want people to know.");
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(postedBy, "postedBy");
		Objects.requireNonNull(postedAt, "postedAt");
		if (lastDay == null) {
			throw new RequestRefused(Part.LAST_DAY, "Give the last day it should show.");
		}
	}

	/** A new announcement, refused if its last day is past or more than a year away. */
	static Announcement post(String title, String body, Audience audience, PersonId by, Instant now, LocalDate today,
			LocalDate lastDay) {
		if (lastDay != null && lastDay.isBefore(today)) {
			throw new RequestRefused(Part.LAST_DAY, "The last day has passed; choose today or a later day.");
		}
		if (lastDay != null && lastDay.isAfter(today.plusDays(LONGEST_DAYS))) {
			throw new RequestRefused(Part.LAST_DAY, "An announcement shows for a year at most; choose an earlier day.");
		}
		return new Announcement(AnnouncementId.random(), title, body, audience, by, now, lastDay, null, 0);
	}

	/** Whether it shows on the given day. */
	public boolean current(LocalDate today) {
		return withdrawnAt == null && !lastDay.isBefore(today);
	}

	/** The same announcement withdrawn; refused when it already is. */
	Announcement withdraw(Instant now) {
		if (withdrawnAt != null) {
			throw new RequestRefused("This announcement was already withdrawn.");
		}
		return new Announcement(id, title, body, audience, postedBy, postedAt, lastDay, now, version);
	}

}
