package org.hearth.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.checkins.RhythmPolicy.Rhythm;
import org.hearth.checkins.RhythmPolicy.WeekCheckIn;
import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.shared.DailyClaim;
import org.hearth.volunteering.ServedDay;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServingVolunteer;
import org.hearth.volunteering.Volunteers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily look at every volunteer's rhythm: missed weeks, falling or low well-being,
 * heavy weeks, long days and silence are told to the lead, and repeated alerts to staff.
 * Each instance tries every hour; the first to claim the day's row in
 * {@code checkin_job_run} does the work. An alert is recorded with its kind and period,
 * so a day run again (after a failure, or by hand) tells nobody twice.
 */
@Component
class CheckInJobs {

	private static final Log log = LogFactory.getLog(CheckInJobs.class);

	static final String DAILY = "checkins-daily";

	private final JdbcClient jdbc;

	private final Volunteers volunteers;

	private final ServiceLog serviceLog;

	private final CheckInStore store;

	private final RhythmAlerts alerts;

	private final Accounts accounts;

	private final RhythmPolicy policy;

	private final Clock clock;

	private final TransactionTemplate transactions;

	CheckInJobs(JdbcClient jdbc, Volunteers volunteers, ServiceLog serviceLog, CheckInStore store, RhythmAlerts alerts,
			Accounts accounts, CheckInSettings settings, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.volunteers = volunteers;
		this.serviceLog = serviceLog;
		this.store = store;
		this.alerts = alerts;
		this.accounts = accounts;
		this.policy = new RhythmPolicy(settings);
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${hearth.checkins.jobs-cron:0 15 * * * *}", zone = "UTC")
	void hourly() {
		runFor(LocalDate.now(clock));
	}

	/**
	 * Tries the day once more when Hearth has started (after anything loaded at start),
	 * so a first start or a restart does not wait for the hour; the claim keeps it once a
	 * day.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void onStart() {
		runFor(LocalDate.now(clock));
	}

	/**
	 * Runs the day's look when this instance claims the day first; returns whether it
	 * did. The claim and the alerts are one transaction: when the work fails, the claim
	 * is let go with it, and the next hour tries the day again.
	 */
	boolean runFor(LocalDate day) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (!DailyClaim.claim(jdbc, "checkin_job_run", DAILY, day, clock.instant())) {
				return false;
			}
			int raised = raiseAlerts(day);
			log.info("Check-ins for " + day + ": " + raised + " alert(s) raised");
			return true;
		}));
	}

	/** Looks at every volunteer in service on {@code day}; returns how many were told. */
	int raiseAlerts(LocalDate day) {
		List<ServingVolunteer> serving = volunteers.inService();
		if (serving.isEmpty()) {
			return 0;
		}
		List<PersonId> ids = serving.stream().map(ServingVolunteer::volunteer).toList();
		LocalDate thisWeek = Weeks.of(day);
		Map<PersonId, List<WeekCheckIn>> checkIns = new HashMap<>();
		store.ofAll(ids, thisWeek.minusWeeks(CheckIns.WEEKS_SHOWN - 1))
			.forEach(c -> checkIns.computeIfAbsent(c.volunteer(), v -> new ArrayList<>())
				.add(new WeekCheckIn(c.week(), c.wellBeing(), c.hours())));
		Map<PersonId, List<ServedDay>> served = new HashMap<>();
		serviceLog.servedBetween(day.minusDays(policy.lookBackDays()), day)
			.forEach(d -> served.computeIfAbsent(d.volunteer(), v -> new ArrayList<>()).add(d));
		Map<PersonId, LocalDate> lastCheckedIn = store.lastRecorded(ids);
		Map<PersonId, LocalDate> lastServed = serviceLog.lastServed();
		var people = new ArrayList<PersonId>(ids);
		serving.forEach(s -> people.add(s.lead()));
		Map<PersonId, String> names = accounts.namesOf(people);
		int raised = 0;
		for (ServingVolunteer volunteer : serving) {
			PersonId id = volunteer.volunteer();
			String name = names.getOrDefault(id, "A volunteer");
			Rhythm rhythm = new Rhythm(volunteer.since(), volunteer.paused(), checkIns.getOrDefault(id, List.of()),
					served.getOrDefault(id, List.of()), lastCheckedIn.get(id), lastServed.get(id));
			boolean told = false;
			for (Finding finding : policy.findings(rhythm, day)) {
				if (alerts.raise(id, name, volunteer.lead(), finding)) {
					raised++;
					told = true;
				}
			}
			if (told && alerts.reachStaffIfRepeated(id, name, volunteer.lead(), names.get(volunteer.lead()))) {
				raised++;
			}
		}
		return raised;
	}

}
