package org.hearth.onboarding;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.people.PersonId;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.ServingRoles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What volunteers in service must renew: background checks that expire within the notice
 * period (or have expired) and policy acknowledgements gone stale with a new version.
 * Staff see the list ahead of time; each volunteer is told once about each thing.
 */
@NamedInterface("web")
@Service
public class Expiries {

	/** How far ahead expiries are listed and volunteers told. */
	public static final int NOTICE_DAYS = 60;

	private final ServingRoles serving;

	private final BackgroundChecks checks;

	private final Acknowledgements acknowledgements;

	private final Programs catalog;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	Expiries(ServingRoles serving, BackgroundChecks checks, Acknowledgements acknowledgements, Programs catalog,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.serving = serving;
		this.checks = checks;
		this.acknowledgements = acknowledgements;
		this.catalog = catalog;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One thing a volunteer must renew, and by when ({@code null} for a stale
	 * acknowledgement: now).
	 */
	public record Expiry(PersonId volunteer, String what, LocalDate dueOn, boolean overdue) {
	}

	/** Everything due within the notice period from the day, soonest first. */
	@Transactional(readOnly = true)
	public List<Expiry> dueBy(LocalDate day) {
		var result = new ArrayList<Expiry>();
		var needingChecks = new LinkedHashSet<PersonId>();
		// Roles are few and volunteers many: who serves where is read in one statement,
		// ids only, and each role once.
		var byRole = new LinkedHashMap<ProgramRoleId, List<PersonId>>();
		for (ServingRoles.RoleServed served : serving.servingNow()) {
			byRole.computeIfAbsent(served.role(), role -> new ArrayList<>()).add(served.volunteer());
		}
		byRole.forEach((role, volunteers) -> {
			if (catalog.role(role).map(ProgramRole::requirements).map(r -> r.backgroundCheck()).orElse(false)) {
				needingChecks.addAll(volunteers);
			}
		});
		Map<PersonId, BackgroundCheck> current = needingChecks.isEmpty() ? Map.of() : checks.currentOfEveryone();
		for (PersonId volunteer : needingChecks) {
			Optional.ofNullable(current.get(volunteer))
				.filter(check -> check.expiresOn() != null && !check.expiresOn().isAfter(day.plusDays(NOTICE_DAYS)))
				.ifPresent(check -> result.add(
						new Expiry(volunteer, "Background check", check.expiresOn(), check.expiresOn().isBefore(day))));
		}
		for (Acknowledgements.Outstanding line : acknowledgements.outstanding()) {
			result
				.add(new Expiry(line.volunteer(), line.policyTitle() + " version " + line.currentVersion(), day, true));
		}
		result.sort(Comparator.comparing(Expiry::dueOn));
		return List.copyOf(result);
	}

	/** Tells each volunteer about each thing to renew, once. */
	@Transactional
	public int notify(LocalDate day) {
		int sent = 0;
		for (Expiry expiry : dueBy(day)) {
			LocalDate key = expiry.what().equals("Background check") ? expiry.dueOn() : LocalDate.of(2000, 1, 1);
			int added = jdbc
				.sql("""
						insert into renewal_notice (person_id, subject, due_on, sent_at) values (:person, :subject, :due, :at)
						on conflict do nothing""")
				.param("person", expiry.volunteer().value())
				.param("subject", expiry.what())
				.param("due", Date.valueOf(key))
				.param("at", Timestamp.from(clock.instant()))
				.update();
			if (added > 0) {
				events.publishEvent(new RenewalFellDue(expiry.volunteer(), expiry.what(), expiry.dueOn()));
				sent++;
			}
		}
		return sent;
	}

}
