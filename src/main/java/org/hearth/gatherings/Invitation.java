package org.hearth.gatherings;

import java.time.Instant;
import java.util.Objects;

import org.hearth.people.PersonId;

/**
 * One person invited to a gathering, with their answer and, once taken, their attendance.
 *
 * @param answer what they answered, or {@code null} while they have not
 * @param attendance whether they took part, or {@code null} until attendance is taken
 * @param offeredAfter the gathering they missed, when this one was offered to them as the
 * next, or {@code null}
 * @param nextOffered for someone who missed it: whether the next one was offered to them
 */
public record Invitation(PersonId person, Answer answer, Instant answeredAt, Attendance attendance,
		GatheringId offeredAfter, boolean nextOffered, Instant invitedAt) {

	public Invitation {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(invitedAt, "invitedAt");
	}

	static Invitation of(PersonId person, GatheringId offeredAfter, Instant now) {
		return new Invitation(person, null, null, null, offeredAfter, false, now);
	}

	Invitation answered(Answer answer, Instant now) {
		return new Invitation(person, answer, now, attendance, offeredAfter, nextOffered, invitedAt);
	}

	Invitation marked(Attendance attendance) {
		return new Invitation(person, answer, answeredAt, attendance, offeredAfter,
				attendance == Attendance.ATTENDED ? false : nextOffered, invitedAt);
	}

	Invitation offeredAfter(GatheringId missed) {
		return new Invitation(person, answer, answeredAt, attendance, missed, nextOffered, invitedAt);
	}

	Invitation withNextOffered() {
		return new Invitation(person, answer, answeredAt, attendance, offeredAfter, true, invitedAt);
	}

	public boolean saidYes() {
		return answer == Answer.YES;
	}

	public boolean attended() {
		return attendance == Attendance.ATTENDED;
	}

	public boolean missed() {
		return attendance == Attendance.ABSENT;
	}

}
