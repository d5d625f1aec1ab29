package org.hearth.calendars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.hearth.audit.AuditLog;
import org.hearth.checkins.CheckIns;
import org.hearth.gatherings.Answer;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Invitation;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.shared.Secrets;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.Enrolments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed. Its address holds a long random secret, and only
 * that secret opens it: Hearth keeps a fingerprint of it, never the secret itself, so it
 * shows the address once when it is made; making a new one stops the old at once, and a
 * person whose access is suspended or removed has no feed.
 */
@NamedInterface("web")
@Service
public class CalendarFeeds {

	/** 32 random bytes, written as 43 URL-safe characters. */
	private static final String SECRET = "[A-Za-z0-9_-]{43}";

	private final CalendarFeedStore store;

	private final Gatherings gatherings;

	private final CheckIns checkIns;

	private final Enrolments enrolments;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	CalendarFeeds(CalendarFeedStore store, Gatherings gatherings, CheckIns checkIns, Enrolments enrolments,
			Accounts accounts, AuditLog audit, Clock clock, @Value("${hearth.base-url}") String baseUrl) {
		this.store = store;
		this.gatherings = gatherings;
		this.checkIns = checkIns;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Makes the person a new secret feed address and returns it; an address they had
	 * before stops working at once.
	 */
	@Transactional
	public String newAddress(HearthUser person) {
		String secret = Secrets.newSecret("");
		boolean had = store.createdAt(person.id()).isPresent();
		store.replace(person.id(), Secrets.hash(secret), clock.instant());
		audit.record(had ? "calendar.address-replaced" : "calendar.address-made", "person", person.id(),
				had ? "a new private calendar address; the earlier one stopped working" : "a private calendar address");
		return baseUrl + "/calendar/" + secret + ".ics";
	}

	/** Turns the person's feed off; its address stops working. */
	@Transactional
	public boolean turnOff(HearthUser person) {
		boolean removed = store.remove(person.id());
		if (removed) {
			audit.record("calendar.turned-off", "person", person.id(), "private calendar address turned off");
		}
		return removed;
	}

	/** When the person's current address was made, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Instant> madeAt(PersonId person) {
		return store.createdAt(person);
	}

	/**
	 * The feed at this secret, as iCalendar text; empty when no feed has it (a mistyped,
	 * replaced or turned-off address) or its owner may not sign in.
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String secret) {
		if (secret == null || !secret.matches(SECRET)) {
			return Optional.empty();
		}
		return store.ownerOf(Secrets.hash(secret))
			.flatMap(accounts::find)
			.filter(person -> person.access() == Access.ACTIVE)
			.map(this::write);
	}

	private String write(PersonSummary person) {
		Instant now = clock.instant();
		var ics = new ICalendarText().raw("BEGIN", "VCALENDAR")
			.raw("VERSION", "2.0")
			.raw("PRODID", "-//Hearth//Care rhythms//EN")
			.raw("CALSCALE", "GREGORIAN")
			.text("X-WR-CALNAME", "Hearth: " + person.displayName())
			.raw("X-PUBLISHED-TTL", "PT1H")
			.raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
		for (Gathering gathering : gatherings.of(person.id())) {
			Invitation mine = gathering.invitationOf(person.id()).orElse(null);
			if (mine != null && mine.answer() == Answer.NO) {
				continue;
			}
			gathering(ics, gathering, mine, now);
		}
		if (checkIns.checksIn(person.id())) {
			LocalDate friday = checkIns.thisWeek().plusDays(4);
			ics.raw("BEGIN", "VEVENT")
				.raw("UID", "checkin-reminder-" + person.id() + "@hearth")
				.at("DTSTAMP", now)
				.day("DTSTART", friday)
				.day("DTEND", friday.plusDays(1))
				.raw("RRULE", "FREQ=WEEKLY;BYDAY=FR")
				.text("SUMMARY", "Weekly check-in with your lead")
				.text("DESCRIPTION", "How are you this week? A few words is enough: " + baseUrl + "/checkins")
				.raw("TRANSP", "TRANSPARENT")
				.raw("END", "VEVENT");
		}
		for (Enrolment enrolment : enrolments.ofVolunteer(person.id())) {
			if (enrolment.state().inService() && enrolment.commitmentEndsOn() != null) {
				LocalDate end = enrolment.commitmentEndsOn();
				ics.raw("BEGIN", "VEVENT")
					.raw("UID", "commitment-end-" + enrolment.id() + "@hearth")
					.at("DTSTAMP", now)
					.day("DTSTART", end)
					.day("DTEND", end.plusDays(1))
					.text("SUMMARY", "Your commitment as " + enrolments.roleName(enrolment.role()) + " ends")
					.text("DESCRIPTION",
							"Thank you for serving. Renew for another while, or wind down with our support: " + baseUrl
									+ "/service")
					.raw("TRANSP", "TRANSPARENT")
					.raw("END", "VEVENT");
			}
		}
		return ics.raw("END", "VCALENDAR").toString();
	}

	private void gathering(ICalendarText ics, Gathering g, Invitation mine, Instant now) {
		String link = baseUrl + "/gatherings/" + g.id();
		String description = (g.description().isEmpty() ? "" : g.description() + "\n\n") + g.when() + "\n"
				+ (g.venue().online() ? "Online: " + g.venue().link() : "At " + g.venue().place()) + "\n\n"
				+ (mine == null ? "You run it; who is coming: " : "Details and your answer: ") + link;
		ics.raw("BEGIN", "VEVENT")
			.raw("UID", "gathering-" + g.id() + "@hearth")
			.at("DTSTAMP", now)
			.raw("SEQUENCE", Long.toString(g.version()))
			.at("DTSTART", g.startsAt())
			.at("DTEND", g.endsAt())
			.text("SUMMARY", g.named())
			.text("DESCRIPTION", description)
			.text("LOCATION", g.venue().online() ? g.venue().link() : g.venue().place())
			.raw("URL", g.venue().online() ? g.venue().link() : link)
			.raw("STATUS",
					g.cancelled() ? "CANCELLED"
							: (mine != null && mine.answer() == Answer.MAYBE ? "TENTATIVE" : "CONFIRMED"))
			.raw("END", "VEVENT");
	}

}
