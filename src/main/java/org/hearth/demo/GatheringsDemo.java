package org.hearth.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.gatherings.Audience;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.GatheringPlan;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Venue;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonSummary;
import org.hearth.programs.Program;
import org.hearth.programs.Programs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation's trainings and lead meetings: a monthly training to come for the
 * Discord volunteers, run by lead Ola; last month's training, where Noor took part and
 * Inès was missed (so she is offered the next); and a lead meeting held last week, with
 * Ola's reflection for leads and staff.
 */
@Component
@ConditionalOnProperty(name = "hearth.demo.enabled", havingValue = "true")
class GatheringsDemo {

	private static final Log log = LogFactory.getLog(GatheringsDemo.class);

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final Accounts accounts;

	private final Programs catalog;

	private final Gatherings gatherings;

	GatheringsDemo(Accounts accounts, Programs catalog, Gatherings gatherings) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.gatherings = gatherings;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	void loadOnStart() {
		if (load()) {
			log.info("Loaded the demo organisation's trainings and lead meetings.");
		}
	}

	/** Loads the trainings and meetings unless they are there; whether it loaded them. */
	@Transactional
	boolean load() {
		PersonSummary noor = person("volunteer");
		if (!gatherings.of(noor.id()).isEmpty()) {
			return false;
		}
		HearthUser staff = user("staff");
		PersonSummary ola = person("moderator.ola");
		PersonSummary ines = person("volunteer.ines");
		Program discord = catalog.programs()
			.stream()
			.filter(p -> p.name().equals("Discord Peer Support"))
			.findFirst()
			.orElseThrow();
		LocalDate today = LocalDate.now(OSLO);

		gatherings.schedule(new GatheringPlan(GatheringKind.TRAINING, "Holding boundaries when a chat runs late",
				"How to close a long conversation kindly, hand over to a crisis line when it's more than peers can "
						+ "hold, and look after yourself afterwards. Bring one conversation that stayed with you.",
				today.plusDays(9), LocalTime.of(18, 0), OSLO, 90,
				Venue.online("https://meet.example.org/hearth-training"),
				new Audience(discord.id(), true, false, false), ola.id(), 3), staff);
		gatherings.schedule(new GatheringPlan(GatheringKind.LEAD_MEETING, "Leads' circle",
				"A monthly hour for leads and staff: how our volunteers are, what we're learning, what we need.",
				today.plusDays(16), LocalTime.of(17, 30), OSLO, 60, Venue.at("Community room, 12 Harbour Street"),
				new Audience(discord.id(), false, true, true), null, 2), staff);

		Gathering held = gatherings.recordHeld(new GatheringPlan(GatheringKind.TRAINING, "Listening without fixing",
				"Reflective listening, and what to do with the urge to solve a member's problem.", today.minusDays(12),
				LocalTime.of(18, 0), OSLO, 90, Venue.online("https://meet.example.org/hearth-training"),
				new Audience(discord.id(), true, false, false), ola.id(), 1), staff);
		gatherings.takeAttendance(held.id(), staff, Set.of(noor.id(), ola.id()), held.version());

		Gathering circle = gatherings.recordHeld(new GatheringPlan(GatheringKind.LEAD_MEETING, "Leads' circle", "",
				today.minusDays(5), LocalTime.of(17, 30), OSLO, 60, Venue.at("Community room, 12 Harbour Street"),
				new Audience(discord.id(), false, true, true), null, 1), staff);
		gatherings.takeAttendance(circle.id(), staff, Set.of(ola.id(), person("moderator").id(), staff.id()),
				circle.version());
		gatherings.reflect(circle.id(), user("moderator.ola"),
				ines.displayName() + " keeps taking the late shifts nobody else takes, and her check-ins show it. "
						+ "I'll suggest a lighter month and check in with her on Thursday. Mika's way of closing a "
						+ "long chat kindly is worth a training of its own.");
		return true;
	}

	private PersonSummary person(String name) {
		return accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow();
	}

	private HearthUser user(String name) {
		PersonSummary person = person(name);
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), person.leadType(),
				person.access(), null);
	}

}
