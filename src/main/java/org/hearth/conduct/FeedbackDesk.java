package org.hearth.conduct;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.screening.WordingCheck;
import org.hearth.screening.WordingCheck.WordingConcern;
import org.hearth.volunteering.Volunteers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on the quality of support, given graciously: staff give it to any volunteer, a
 * lead to the volunteers they lead. The text is checked before it is sent; shaming or
 * harassing wording is shown back to its writer with the reason, and sent only once
 * reworded or confirmed.
 */
@Service
public class FeedbackDesk {

	private final FeedbackStore feedback;

	private final WordingCheck wording;

	private final Volunteers volunteers;

	private final Accounts accounts;

	private final Names names;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackDesk(FeedbackStore feedback, WordingCheck wording, Volunteers volunteers, Accounts accounts, Names names,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.feedback = feedback;
		this.wording = wording;
		this.volunteers = volunteers;
		this.accounts = accounts;
		this.names = names;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What became of a draft: sent, or shown back with the concerns about its wording.
	 */
	public sealed interface Draft {

	}

	public record Sent(FeedbackId id) implements Draft {
	}

	public record NeedsAnotherLook(List<WordingConcern> concerns) implements Draft {
	}

	/** Feedback as the volunteer, their lead and staff see it. */
	public record FeedbackView(FeedbackId id, PersonId volunteer, String volunteerName, String authorName, String text,
			Instant sentAt, Instant acknowledgedAt, String answer, Instant answeredAt, String sentDespiteConcerns) {
	}

	@Transactional
	public Draft give(HearthUser author, PersonId volunteer, String text, boolean sendAsWritten) {
		if (volunteer == null) {
			throw new RequestRefused("volunteer", "Choose the volunteer the feedback is for.");
		}
		if (!mayGiveTo(author, volunteer)) {
			throw new RequestRefused("volunteer", "You can give feedback to the volunteers you lead.");
		}
		if (text == null || text.isBlank()) {
			throw new RequestRefused("text", "Write the feedback first.");
		}
		if (text.length() > 4000) {
			throw new RequestRefused("text", "Please keep feedback under 4,000 characters.");
		}
		List<WordingConcern> concerns = wording.concerns(text);
		if (!concerns.isEmpty() && !sendAsWritten) {
			return new NeedsAnotherLook(concerns);
		}
		String kept = concerns.isEmpty() ? null
				: concerns.stream().map(c -> c.category() + ": " + c.reason()).collect(Collectors.joining("; "));
		Instant now = clock.instant();
		Feedback sent = Feedback.send(volunteer, author.id(), author.displayName(), text, kept, now);
		feedback.insert(sent);
		audit.record("conduct.feedback-sent", "conduct-feedback", sent.id(),
				"To " + names.of(volunteer) + (kept == null ? "" : "; sent despite wording concerns: " + kept));
		events.publishEvent(new FeedbackSent(sent.id(), volunteer, author.id(), now));
		return new Sent(sent.id());
	}

	/** The volunteers this person may give feedback to. */
	@Transactional(readOnly = true)
	public List<PersonSummary> recipientsFor(HearthUser author) {
		List<PersonSummary> people = isStaff(author)
				? accounts.search(null, null)
					.stream()
					.map(p -> p.summary())
					.filter(p -> p.role() == Role.VOLUNTEER || p.role() == Role.LEAD)
					.toList()
				: volunteers.ledBy(author.id()).stream().flatMap(id -> accounts.find(id).stream()).toList();
		return people.stream().sorted(Comparator.comparing(PersonSummary::displayName)).toList();
	}

	/** Feedback written for this volunteer, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView> forVolunteer(PersonId volunteer) {
		return feedback.forVolunteers(List.of(volunteer)).stream().map(this::view).toList();
	}

	/** Feedback a lead may see (their volunteers'), or all recent feedback for staff. */
	@Transactional(readOnly = true)
	public List<FeedbackView> visibleTo(HearthUser viewer) {
		if (isStaff(viewer)) {
			return feedback.all().stream().map(this::view).toList();
		}
		if (viewer.role() == Role.LEAD) {
			return feedback.forVolunteers(volunteers.ledBy(viewer.id())).stream().map(this::view).toList();
		}
		return List.of();
	}

	@Transactional
	public void acknowledge(FeedbackId id, HearthUser volunteer) {
		Feedback found = own(id, volunteer);
		found.acknowledge(volunteer.id(), clock.instant());
		feedback.update(found);
		audit.record("conduct.feedback-acknowledged", "conduct-feedback", id, "Acknowledged");
	}

	@Transactional
	public void answer(FeedbackId id, String text, HearthUser volunteer) {
		Feedback found = own(id, volunteer);
		found.answer(volunteer.id(), text, clock.instant());
		feedback.update(found);
		audit.record("conduct.feedback-answered", "conduct-feedback", id, "Answered");
	}

	private Feedback own(FeedbackId id, HearthUser volunteer) {
		return feedback.find(id)
			.filter(f -> f.volunteer().equals(volunteer.id()))
			.orElseThrow(() -> new NotFound("There is no feedback here for you."));
	}

	private boolean mayGiveTo(HearthUser author, PersonId volunteer) {
		if (author.id().equals(volunteer)) {
			return false;
		}
		if (isStaff(author)) {
			return accounts.find(volunteer)
				.filter(p -> p.role() == Role.VOLUNTEER || p.role() == Role.LEAD)
				.isPresent();
		}
		return author.role() == Role.LEAD && volunteers.leads(author.id(), volunteer);
	}

	private FeedbackView view(Feedback f) {
		return new FeedbackView(f.id(), f.volunteer(), names.of(f.volunteer()), f.authorName(), f.text(), f.sentAt(),
				f.acknowledgedAt(), f.answer(), f.answeredAt(), f.sentDespiteConcerns());
	}

	private static boolean isStaff(HearthUser user) {
		return user.role().compareTo(Role.STAFF) >= 0;
	}

}
