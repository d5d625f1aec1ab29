package org.hearth.conduct;

import java.time.Instant;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/**
 * Feedback on the quality of a volunteer's support, from staff or their lead. The
 * volunteer sees it, acknowledges it and may answer it once.
 */
@NamedInterface("web")
public final class Feedback {

	private final FeedbackId id;

	private final PersonId volunteer;

	private final PersonId author;

	private final String authorName;

	private final String text;

	private final String sentDespiteConcerns;

	private final Instant sentAt;

	private Instant acknowledgedAt;

	private String answer;

	private Instant answeredAt;

	private final long version;

	Feedback(FeedbackId id, PersonId volunteer, PersonId author, String authorName, String text,
			String sentDespiteConcerns, Instant sentAt, Instant acknowledgedAt, String answer, Instant answeredAt,
			long version) {
		this.id = id;
		this.volunteer = volunteer;
		this.author = author;
		this.authorName = authorName;
		this.text = text;
		this.sentDespiteConcerns = sentDespiteConcerns;
		this.sentAt = sentAt;
		this.acknowledgedAt = acknowledgedAt;
		this.answer = answer;
		this.answeredAt = answeredAt;
		this.version = version;
	}

	static Feedback send(PersonId volunteer, PersonId author, String authorName, String text, String concerns,
			Instant now) {
		return new Feedback(FeedbackId.random(), volunteer, author, authorName, text.strip(), concerns, now, null, null,
				null, 0);
	}

	/** The volunteer says they have read it. */
	public void acknowledge(PersonId by, Instant now) {
		requireVolunteer(by);
		if (acknowledgedAt == null) {
			acknowledgedAt = now;
		}
	}

	/** What a refusal of the volunteer's answer is about: their words. */
	public enum Part implements RequestRefused.Part {

		ANSWER

	}

	/** The volunteer answers, once; answering also acknowledges. */
	public void answer(PersonId by, String text, Instant now) {
		requireVolunteer(by);
		if (answer != null) {
			throw new RequestRefused(Part.ANSWER, "You have already answered this feedback.");
		}
		if (text == null || text.isBlank()) {
			throw new RequestRefused(Part.ANSWER, "Write your answer, or simply acknowledge the feedback.");
		}
		if (text.length() > 4000) {
			throw new RequestRefused(Part.ANSWER, "Please keep your answer under 4,000 characters.");
		}
		answer = text.strip();
		answeredAt = now;
		acknowledge(by, now);
	}

	private void requireVolunteer(PersonId by) {
		if (!volunteer.equals(by)) {
			throw new RequestRefused("Only the volunteer this feedback was written for can acknowledge or answer it.");
		}
	}

	public FeedbackId id() {
		return id;
	}

	public PersonId volunteer() {
		return volunteer;
	}

	public PersonId author() {
		return author;
	}

	public String authorName() {
		return authorName;
	}

	public String text() {
		return text;
	}

	/** The wording concerns its author saw and chose to send anyway, or {@code null}. */
	public String sentDespiteConcerns() {
		return sentDespiteConcerns;
	}

	public Instant sentAt() {
		return sentAt;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public String answer() {
		return answer;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public long version() {
		return version;
	}

}
