package org.hearth.spaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hearth.audit.AuditLog;
import org.hearth.notifications.Notification;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.notifications.Notifications;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.ResultPage;
import org.hearth.volunteering.Volunteers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements staff post to a role or a program: shown on the home page of everyone
 * they are for until their last day, and sent to them once through the notification
 * service.
 */
@Service
public class Announcements {

	/** How many current announcements a home page shows at most. */
	static final int ON_HOME = 3;

	private final AnnouncementStore store;

	private final Programs programs;

	private final Volunteers volunteers;

	private final Accounts accounts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Announcements(AnnouncementStore store, Programs programs, Volunteers volunteers, Accounts accounts,
			Notifications notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.programs = programs;
		this.volunteers = volunteers;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Posts an announcement; its audience is told after the commit.
	 * @param lastDay the last day it shows; {@code null} is refused
	 */
	@Transactional
	public Announcement post(HearthUser by, String title, String body, Audience audience, LocalDate lastDay) {
		requireStaff(by);
		if (audience.program() != null && programs.program(audience.program()).isEmpty()) {
			throw new RequestRefused("program", "That program does not exist (any more); choose one from the list.");
		}
		Announcement posted = Announcement.post(title, body, audience, by.id(), clock.instant(), LocalDate.now(clock),
				lastDay);
		store.insert(posted);
		audit.record("spaces.announcement-posted", "announcement", posted.id(),
				posted.title() + " — for " + describe(posted.audience()) + ", until " + posted.lastDay());
		events.publishEvent(new AnnouncementPosted(posted.id()));
		return posted;
	}

	/** Takes an announcement off every home page. */
	@Transactional
	public Announcement withdraw(HearthUser by, AnnouncementId id, long version) {
		requireStaff(by);
		Announcement found = get(id);
		if (found.version() != version) {
			throw new RequestRefused("Someone else changed this announcement meanwhile; look at it again.");
		}
		Announcement withdrawn = found.withdraw(clock.instant());
		store.withdraw(withdrawn, by.id());
		audit.record("spaces.announcement-withdrawn", "announcement", id, withdrawn.title());
		return withdrawn;
	}

	@Transactional(readOnly = true)
	public Announcement get(AnnouncementId id) {
		return store.find(id).orElseThrow(() -> new NotFound("There is no such announcement."));
	}

	/** The announcements this person is shown today, newest first. */
	@Transactional(readOnly = true)
	public List<Announcement> currentFor(HearthUser user, int limit) {
		List<Role> roles = Audience.ROLES.stream().filter(role -> user.role().compareTo(role) >= 0).toList();
		Set<ProgramId> theirs = user.role().compareTo(Role.STAFF) >= 0 ? null : volunteers.programsOf(user.id());
		return store.current(LocalDate.now(clock), roles, theirs, limit);
	}

	/** Every announcement, newest first, for staff. */
	@Transactional(readOnly = true)
	public ResultPage<Announcement> all(Paging paging) {
		return paging.pageOf(store.all(paging.fetch(), paging.offset()));
	}

	/** Whom an audience names, in words, with its program's name. */
	@Transactional(readOnly = true)
	public String describe(Audience audience) {
		String program = audience.program() == null ? null
				: programs.program(audience.program()).map(p -> p.name()).orElse("a program no longer listed");
		return audience.describe(program);
	}

	/**
	 * Tells the announcement's audience, once: nobody when it was already told or has
	 * been withdrawn. Returns how many people were told.
	 */
	@Transactional
	public int tell(AnnouncementId id) {
		Announcement announcement = get(id);
		if (!announcement.current(LocalDate.now(clock)) || !store.markNotified(id, clock.instant())) {
			return 0;
		}
		Set<PersonId> recipients = recipients(announcement.audience());
		recipients.remove(announcement.postedBy());
		String poster = accounts.find(announcement.postedBy()).map(p -> p.displayName()).orElse("Staff");
		for (PersonId recipient : recipients) {
			notifications.notify(new Notification(recipient, Topic.ANNOUNCEMENTS, Urgency.ROUTINE,
					"Announcement: " + announcement.title(), announcement.body() + "\n\nPosted by " + poster + ".",
					"/announcements"));
		}
		return recipients.size();
	}

	private Set<PersonId> recipients(Audience audience) {
		var told = new LinkedHashSet<PersonId>();
		for (Role role : Role.values()) {
			if (audience.told(role)) {
				accounts.search(role, null)
					.stream()
					.filter(person -> person.access() == Access.ACTIVE)
					.map(Person::id)
					.forEach(told::add);
			}
		}
		if (audience.program() != null) {
			told.retainAll(Set.copyOf(volunteers.peopleOf(audience.program())));
		}
		return told;
	}

	private static void requireStaff(HearthUser user) {
		if (user.role().compareTo(Role.STAFF) < 0) {
			throw new RequestRefused("Only staff may post or withdraw announcements.");
		}
	}

}
