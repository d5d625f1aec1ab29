package org.hearth.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.care.DutyRota;
import org.hearth.care.Escalation;
import org.hearth.care.EscalationId;
import org.hearth.care.Escalations;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.care.Member;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.screening.Severity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation's care: a rota (Priya, SWAT Facilitator, on weekday evenings in
 * New York; Mika, Moderator, on weekend days in London; a one-off cover), an escalation
 * Priya acknowledged and closed, and one nobody acknowledged that went to staff.
 */
@Component
@ConditionalOnProperty(name = "hearth.demo.enabled", havingValue = "true")
class CareDemo {

	private static final Log log = LogFactory.getLog(CareDemo.class);

	static final String QUIET_MEMBER = "night-owl-2741";

	private final Accounts accounts;

	private final DutyRota rota;

	private final Escalations escalations;

	CareDemo(Accounts accounts, DutyRota rota, Escalations escalations) {
		this.accounts = accounts;
		this.rota = rota;
		this.escalations = escalations;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void loadOnStart() {
		if (load()) {
			log.info("Loaded the demo organisation's rota and escalations.");
		}
	}

	/** Loads the rota and escalations unless they are there; whether it loaded them. */
	@Transactional
	boolean load() {
		HearthUser priya = user("swat");
		if (!rota.rotaOf(priya.id()).hours().isEmpty()) {
			return false;
		}
		HearthUser mika = user("moderator");
		for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY }) {
			rota.addHours(priya, day, LocalTime.of(18, 0), LocalTime.of(23, 30), "America/New_York");
		}
		rota.addHours(mika, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(16, 0), "Europe/London");
		rota.addHours(mika, DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(16, 0), "Europe/London");
		Instant now = Instant.now();
		rota.addChange(mika, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)).plus(Duration.ofHours(4)), true,
				"Covering for Priya");

		// Sol's lead is Priya, so she is alerted as their lead and may act on it at any
		// hour.
		HearthUser sol = user("volunteer.sol");
		EscalationId handled = escalations.open(new NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("discord", "discord:" + "418822093117"), sol.id(),
				"They wrote that they can't see a way forward and asked if anyone would notice if they were gone.",
				null, Severity.HIGH));
		var file = escalations.open(handled, priya);
		escalations.describeMember(handled, file.member().version(), "US", "en", "America/Chicago", priya);
		escalations.acknowledge(handled, escalations.open(handled, priya).escalation().version(), priya);
		escalations.recordOutcome(handled, escalations.open(handled, priya).escalation().version(),
				Escalation.Outcome.RESOURCES_SHARED,
				"Talked with them in a private thread for an hour; they called 988 while we were talking.", priya);

		EscalationId waiting = escalations.open(new NewEscalation(Escalation.Trigger.SCREENING, "demo:" + QUIET_MEMBER,
				Member.parse("forum", QUIET_MEMBER), null, "Screening noticed a crisis in a message on forum.",
				"I've written my goodbye letters. Tonight is the night.", Severity.CRITICAL));
		var open = escalations.open(waiting, user("staff")).escalation();
		if (open.rung() == Escalation.Rung.ON_DUTY) {
			// The lead on duty now cannot take it, so it went to staff.
			rota.onDutyNow()
				.toAlert()
				.stream()
				.findFirst()
				.ifPresent(onDuty -> escalations.passUp(waiting, open.version(), user(onDuty.person())));
		}
		return true;
	}

	private HearthUser user(String name) {
		return user(accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow());
	}

	private HearthUser user(PersonId id) {
		return user(accounts.find(id).orElseThrow());
	}

	private static HearthUser user(PersonSummary person) {
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), person.leadType(),
				person.access(), null);
	}

}
