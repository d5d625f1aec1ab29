package org.hearth.recognition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.audit.AuditLog;
import org.hearth.gatherings.Gatherings;
import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.shared.ResultPage;
import org.hearth.shared.Paging;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.FulfilledCommitment;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServingVolunteer;
import org.hearth.volunteering.Volunteers;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones volunteers reach: found once a day, told to the volunteer and to their
 * lead, who may add a note of thanks the volunteer reads with it; staff see who reached
 * what in a month.
 */
@NamedInterface("web")
@Service
public class Recognition {

	/** How far back a lead's page looks. */
	static final int LEAD_DAYS = 90;

	private final MilestoneStore store;

	private final Volunteers volunteers;

	private final ServiceLog serviceLog;

	private final Gatherings gatherings;

	private final Accounts accounts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	Recognition(MilestoneStore store, Volunteers volunteers, ServiceLog serviceLog, Gatherings gatherings,
			Accounts accounts, Notifications notifications, AuditLog audit, Clock clock) {
		this.store = store;
		this.volunteers = volunteers;
		this.serviceLog = serviceLog;
		this.gatherings = gatherings;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** A milestone as a page lists it, names resolved. */
	public record MilestoneLine(MilestoneId id, PersonId volunteer, String volunteerName, String title,
			LocalDate reachedOn, String note, String noteBy, long version) {
	}

	/** The person's own milestones, newest first. */
	@Transactional(readOnly = true)
	public List<MilestoneLine> mine(HearthUser user) {
		return lines(store.ofVolunteer(user.id()));
	}

	/** The milestones of the volunteers a lead leads now, from the last 90 days. */
	@Transactional(readOnly = true)
	public List<MilestoneLine> ofLedBy(HearthUser lead) {
		return lines(store.ofVolunteers(volunteers.ledBy(lead.id()), LocalDate.now(clock).minusDays(LEAD_DAYS)));
	}

	/** Who reached what in a month, for staff. */
	@Transactional(readOnly = true)
	public ResultPage<MilestoneLine> reachedIn(HearthUser user, YearMonth month, Paging paging) {
		if (user.role().compareTo(Role.STAFF) < 0) {
			throw new RequestRefused("Only staff see every volunteer's milestones.");
		}
		ResultPage<Milestone> page = paging.pageOf(store.reachedBetween(month.atDay(1), month.atEndOfMonth(), paging));
		return new ResultPage<>(lines(page.items()), paging, page.hasNext());
	}

	/**
	 * Keeps the lead's note of thanks with a milestone and tells the volunteer. Their
	 * lead now, the lead asked when it was reached, and staff may write it.
	 */
	@Transactional
	public Milestone writeNote(HearthUser by, MilestoneId id, String text, long version) {
		Milestone milestone = store.find(id).orElseThrow(() -> new NotFound("There is no such milestone."));
		boolean staff = by.role().compareTo(Role.STAFF) >= 0;
		if (!staff && !by.id().equals(milestone.lead()) && !volunteers.leads(by.id(), milestone.volunteer())) {
			throw new RequestRefused("Only the volunteer's lead or staff may write a note on their milestone.");
		}
		if (milestone.version() != version) {
			throw new RequestRefused("Someone else wrote a note for this milestone meanwhile; look at it again.");
		}
		Milestone noted = milestone.withNote(text, by.id(), clock.instant());
		store.saveNote(noted);
		audit.record("recognition.note-written", "milestone", id, noted.title());
		notifications.notify(new Notification(milestone.volunteer(), Topic.JOURNEY, Urgency.ROUTINE,
				"A note from " + by.displayName() + ": " + noted.title(), noted.note(), "/recognition"));
		return noted;
	}

	/**
	 * Looks for milestones every volunteer in service reached by a day, stores the new
	 * ones and tells each volunteer and their lead; returns how many were new.
	 */
	@Transactional
	public int look(LocalDate day) {
		return look(day, volunteers.inService());
	}

	/** Looks for the milestones of these volunteers only. */
	@Transactional
	int look(LocalDate day, List<ServingVolunteer> serving) {
		if (serving.isEmpty()) {
			return 0;
		}
		Map<PersonId, BigDecimal> hours = serviceLog.approvedHours();
		Map<PersonId, Integer> trainings = gatherings.trainingsCompletedByEveryone();
		Map<PersonId, List<FulfilledCommitment>> fulfilled = new HashMap<>();
		serviceLog.fulfilledCommitments()
			.forEach(f -> fulfilled.computeIfAbsent(f.volunteer(), v -> new ArrayList<>()).add(f));
		var people = new ArrayList<PersonId>();
		serving.forEach(s -> {
			people.add(s.volunteer());
			people.add(s.lead());
		});
		Map<PersonId, String> names = accounts.namesOf(people);
		int added = 0;
		for (ServingVolunteer volunteer : serving) {
			var fresh = new ArrayList<String>();
			for (MilestonePolicy.Reached reached : MilestonePolicy.reached(volunteer.since(),
					hours.get(volunteer.volunteer()), fulfilled.getOrDefault(volunteer.volunteer(), List.of()),
					trainings.getOrDefault(volunteer.volunteer(), 0), day)) {
				if (store.insertIfNew(new Milestone(MilestoneId.random(), volunteer.volunteer(), volunteer.lead(),
						reached.kind(), reached.detail(), reached.title(), day, null, null, null, 0))) {
					fresh.add(reached.title());
				}
			}
			if (!fresh.isEmpty()) {
				added += fresh.size();
				tell(volunteer, names, fresh);
			}
		}
		return added;
	}

	private void tell(ServingVolunteer volunteer, Map<PersonId, String> names, List<String> fresh) {
		String what = String.join(", ", fresh);
		notifications.notify(new Notification(volunteer.volunteer(), Topic.JOURNEY, Urgency.ROUTINE,
				"A milestone: " + shorten(what), "You reached: " + what + ". Thank you for the time and care you give. "
						+ "Your lead may add a note; you'll find it on your milestones page.",
				"/recognition"));
		if (volunteer.lead() != null) {
			String name = names.getOrDefault(volunteer.volunteer(), "One of your volunteers");
			notifications.notify(new Notification(volunteer.lead(), Topic.JOURNEY, Urgency.ROUTINE,
					shorten(name + " reached: " + what),
					name + " reached: " + what + ". A few words of thanks from you would mean a lot; "
							+ "you can write them on the milestones page.",
					"/lead/recognition"));
		}
	}

	private static String shorten(String text) {
		return text.length() <= 250 ? text : text.substring(0, 249) + "…";
	}

	private List<MilestoneLine> lines(List<Milestone> milestones) {
		var people = new ArrayList<PersonId>();
		milestones.forEach(m -> {
			people.add(m.volunteer());
			if (m.noteBy() != null) {
				people.add(m.noteBy());
			}
		});
		Map<PersonId, String> names = people.isEmpty() ? Map.of() : accounts.namesOf(people);
		return milestones.stream()
			.map(m -> new MilestoneLine(m.id(), m.volunteer(), names.getOrDefault(m.volunteer(), "A volunteer"),
					m.title(), m.reachedOn(), m.note(), m.noteBy() == null ? null : names.get(m.noteBy()), m.version()))
			.toList();
	}

}
