package org.hearth.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.checkins.CheckInInput;
import org.hearth.checkins.CheckIns;
import org.hearth.checkins.WellBeing;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonSummary;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation's weekly rhythm: eight weeks of check-ins that staff transcribed.
 * Noor is steady; Inès, both with lead Ola, grows more tired, serves a heavy week and
 * asks for a debrief, so the day's look raises gentle alerts to Ola and, as they repeat,
 * to staff; Ben checks in now and then.
 */
@Component
@ConditionalOnProperty(name = "hearth.demo.enabled", havingValue = "true")
class CheckInsDemo {

	private static final Log log = LogFactory.getLog(CheckInsDemo.class);

	private final Accounts accounts;

	private final CheckIns checkIns;

	CheckInsDemo(Accounts accounts, CheckIns checkIns) {
		this.accounts = accounts;
		this.checkIns = checkIns;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void loadOnStart() {
		if (load()) {
			log.info("Loaded the demo organisation's weekly check-ins.");
		}
	}

	/** Loads the check-ins unless they are there; whether it loaded them. */
	@Transactional
	boolean load() {
		HearthUser staff = user("staff");
		PersonSummary noor = person("volunteer");
		LocalDate thisWeek = checkIns.thisWeek();
		if (checkIns.of(noor.id(), thisWeek.minusWeeks(1)).isPresent()) {
			return false;
		}
		PersonSummary ines = person("volunteer.ines");
		PersonSummary ben = person("volunteer.ben");
		int[] noorWellBeing = { 4, 4, 5, 4, 4, 3, 4, 4 };
		int[] noorHours = { 5, 6, 4, 6, 7, 5, 6, 5 };
		int[] inesWellBeing = { 5, 4, 4, 4, 3, 3, 2, 1 };
		String[] inesHours = { "6", "7", "8", "10", "12", "14", "15", "18.5" };
		for (int i = 0; i < 8; i++) {
			LocalDate week = thisWeek.minusWeeks(8 - i);
			checkIns.transcribe(noor.id(), week,
					new CheckInInput(WellBeing.of(noorWellBeing[i]), BigDecimal.valueOf(noorHours[i]),
							i == 5 ? "A member in the support channel reminded me of my brother." : "",
							i == 0 ? "No shifts after 11pm on weeknights." : "", false),
					staff);
			checkIns.transcribe(ines.id(), week,
					new CheckInInput(WellBeing.of(inesWellBeing[i]), new BigDecimal(inesHours[i]),
							i >= 5 ? "Exams, and I keep taking the late shifts nobody else takes." : "",
							i >= 6 ? "I want to say no to extra shifts this month." : "", i == 7),
					staff);
			if (i % 3 == 0) {
				checkIns.transcribe(ben.id(), week,
						new CheckInInput(WellBeing.OKAY, BigDecimal.valueOf(3), "", "", false), staff);
			}
		}
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
