package org.hearth.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.Program;
import org.hearth.programs.Programs;
import org.hearth.spaces.Announcements;
import org.hearth.spaces.Audience;
import org.hearth.spaces.SharedSpaces;
import org.hearth.spaces.Space;
import org.hearth.spaces.SpaceId;
import org.hearth.spaces.SpaceKind;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation's shared spaces (a lounge for every volunteer, a channel for the
 * Discord program, a room for leads, the training room) and two announcements: one to
 * volunteers, one to leads.
 */
@Component
@ConditionalOnProperty(name = "hearth.demo.enabled", havingValue = "true")
class SpacesDemo {

	private static final Log log = LogFactory.getLog(SpacesDemo.class);

	private final Accounts accounts;

	private final Programs catalog;

	private final SharedSpaces spaces;

	private final Announcements announcements;

	private final Clock clock;

	SpacesDemo(Accounts accounts, Programs catalog, SharedSpaces spaces, Announcements announcements, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.catalog = catalog;
		this.spaces = spaces;
		this.announcements = announcements;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	void loadOnStart() {
		if (load()) {
			log.info("Loaded the demo organisation's shared spaces and announcements.");
		}
	}

	/**
	 * Loads the spaces and announcements unless there are spaces; whether it loaded them.
	 */
	@Transactional
	boolean load() {
		if (!spaces.all().isEmpty()) {
			return false;
		}
		Program discord = catalog.programs()
			.stream()
			.filter(program -> program.name().equals("Discord Peer Support"))
			.findFirst()
			.orElseThrow();
		Audience volunteers = new Audience(Role.VOLUNTEER, null);
		Audience leads = new Audience(Role.LEAD, null);
		spaces.add(new Space(SpaceId.random(), "#volunteer-lounge", SpaceKind.DISCORD_CHANNEL,
				"https://discord.com/channels/100000000000000000/100000000000000001",
				"Where volunteers of every program talk between shifts and ask each other for a hand.", volunteers, 1,
				0));
		spaces.add(new Space(SpaceId.random(), "#peer-support-team", SpaceKind.DISCORD_CHANNEL,
				"https://discord.com/channels/100000000000000000/100000000000000002",
				"The Discord Peer Support team's channel: shift swaps and notes for the next shift.",
				new Audience(Role.VOLUNTEER, discord.id()), 2, 0));
		spaces.add(new Space(SpaceId.random(), "Volunteers' corner", SpaceKind.FORUM_SECTION,
				"https://forum.hearth.example/c/volunteers-corner",
				"Longer questions and resources, kept for everyone who serves.", volunteers, 3, 0));
		spaces.add(new Space(SpaceId.random(), "Monthly training room", SpaceKind.MEETING_LINK,
				"https://meet.hearth.example/monthly-training", "Where the monthly trainings meet, online.", volunteers,
				4, 0));
		spaces.add(new Space(SpaceId.random(), "#leads-room", SpaceKind.DISCORD_CHANNEL,
				"https://discord.com/channels/100000000000000000/100000000000000003",
				"For lead volunteers: cover, hand-overs and the monthly lead meeting's follow-ups.", leads, 5, 0));
		HearthUser staff = user("staff");
		LocalDate today = LocalDate.now(clock);
		announcements.post(staff, "This month's training is on Thursday",
				"The monthly training moves to Thursday at 7pm (your time zone in Hearth) because of the holiday.\n"
						+ "We'll practise referring someone to a crisis line. Bring a question you were unsure about.",
				volunteers, today.plusDays(14));
		announcements.post(staff, "Lead meeting reflections are up",
				"Thank you for last week's lead meeting. The reflections are in #leads-room; "
						+ "add yours before the next one.",
				leads, today.plusDays(7));
		return true;
	}

	private HearthUser user(String name) {
		PersonSummary person = accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow();
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), person.leadType(),
				person.access(), null);
	}

}
