package org.hearth.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.ProgramCatalog;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.LeadSuggestion.Suggested;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead volunteers of each program: staff name them with their capacity, languages and
 * time zone; a lead who is away names a cover; a lead who steps down has every volunteer
 * reassigned, and the history of who led whom stays.
 */
@Service
public class LeadVolunteers {

	private final LeadProfileStore store;

	private final EnrolmentStore enrolments;

	private final Enrolments service;

	private final Accounts accounts;

	private final ProgramCatalog catalog;

	private final AuditLog audit;

	private final Clock clock;

	LeadVolunteers(LeadProfileStore store, EnrolmentStore enrolments, Enrolments service, Accounts accounts,
			ProgramCatalog catalog, AuditLog audit, Clock clock) {
		this.store = store;
		this.enrolments = enrolments;
		this.service = service;
		this.accounts = accounts;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LeadProfile> all() {
		return store.all();
	}

	/** A page of every lead, by name. */
	@Transactional(readOnly = true)
	public ResultPage<LeadProfile> all(Paging paging) {
		return paging.pageOf(store.page(paging));
	}

	@Transactional(readOnly = true)
	public Optional<LeadProfile> find(PersonId lead) {
		return store.find(lead);
	}

	/** Makes a lead volunteer (a person with the lead role) a lead of a program. */
	@Transactional
	public LeadProfile register(PersonId lead, ProgramId program, int capacity, String languages, String timeZone) {
		PersonSummary person = accounts.find(lead).orElseThrow(() -> new NotFound("There is no person " + lead));
		if (person.role() != Role.LEAD) {
			throw new RequestRefused("lead",
					person.displayName() + " is not a lead volunteer yet; an admin gives them the role first.");
		}
		if (catalog.program(program).isEmpty()) {
			throw new RequestRefused("program", "Choose a program.");
		}
		if (capacity < 1 || capacity > 100) {
			throw new RequestRefused("capacity", "A lead accompanies between 1 and 100 volunteers.");
		}
		List<String> spoken = Languages.parse(languages);
		if (spoken.isEmpty()) {
			throw new RequestRefused("languages", "Name at least one language the lead speaks.");
		}
		String zone = Languages.timeZone("timeZone", timeZone);
		if (store.find(lead).isPresent()) {
			throw new RequestRefused("lead", person.displayName() + " is already a lead of a program.");
		}
		store.insert(lead, program, capacity, spoken, zone);
		audit.record("lead.registered", "person", lead, "Lead of " + catalog.program(program).orElseThrow().name()
				+ " for up to " + capacity + " volunteers; speaks " + String.join(", ", spoken) + "; " + zone);
		return store.find(lead).orElseThrow();
	}

	/**
	 * A lead will be away until a day; another lead of the program covers for them
	 * meanwhile.
	 */
	@Transactional
	public LeadProfile goAway(PersonId lead, LocalDate until, PersonId cover) {
		LeadProfile profile = requireServing(lead);
		LocalDate today = LocalDate.now(clock);
		if (until == null || until.isBefore(today)) {
			throw new RequestRefused("until", "Choose the last day you'll be away, today or later.");
		}
		if (cover == null || cover.equals(lead)) {
			throw new RequestRefused("cover", "Choose another lead volunteer to cover for you.");
		}
		LeadProfile coverProfile = store.find(cover)
			.filter(p -> p.serving() && p.program().equals(profile.program()))
			.orElseThrow(() -> new RequestRefused("cover", "Choose a lead volunteer of the same program."));
		if (coverProfile.awayOn(today)) {
			throw new RequestRefused("cover", coverProfile.name() + " is away too; choose someone who is around.");
		}
		store.update(new LeadProfile(lead, profile.name(), profile.program(), profile.capacity(), profile.languages(),
				profile.timeZone(), until, cover, null, profile.load(), profile.version()));
		audit.record("lead.away", "person", lead, "Away until " + until + "; " + coverProfile.name() + " covers");
		return store.find(lead).orElseThrow();
	}

	@Transactional
	public LeadProfile comeBack(PersonId lead) {
		LeadProfile profile = requireServing(lead);
		store.update(new LeadProfile(lead, profile.name(), profile.program(), profile.capacity(), profile.languages(),
				profile.timeZone(), null, null, null, profile.load(), profile.version()));
		audit.record("lead.back", "person", lead, "Back from being away");
		return store.find(lead).orElseThrow();
	}

	/**
	 * A lead steps down: each of their volunteers goes to the best suggested lead of the
	 * program (by room, language and time zone), or the lead stays until there is room
	 * for everyone.
	 */
	@Transactional
	public int stepDown(PersonId lead, String reason) {
		LeadProfile profile = requireServing(lead);
		store.update(new LeadProfile(lead, profile.name(), profile.program(), 0, profile.languages(),
				profile.timeZone(), null, null, clock.instant(), profile.load(), profile.version()));
		String why = "Lead " + profile.name() + " stepped down"
				+ (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
		int moved = 0;
		for (Enrolment enrolment : enrolments.inServiceWithLead(lead)) {
			List<Suggested> suggestions = service.suggestLeads(enrolment.program(), enrolment.languages(),
					enrolment.timeZone());
			if (suggestions.isEmpty()) {
				throw new RequestRefused("lead",
						"No other lead of the program has room for " + service.nameOf(enrolment.volunteer())
								+ ". Name another lead or raise a capacity first, then step down.");
			}
			service.reassign(enrolment.id(), suggestions.get(0).candidate().lead(), why);
			moved++;
		}
		audit.record("lead.stepped-down", "person", lead, why + "; " + moved + " volunteer(s) reassigned");
		return moved;
	}

	/**
	 * A lead removed permanently steps down in a transaction of its own, so when no other
	 * lead has room the removal still stands and staff are left to reassign their
	 * volunteers.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int stepDownOnRemoval(PersonId lead, String reason) {
		return store.find(lead).filter(LeadProfile::serving).map(profile -> stepDown(lead, reason)).orElse(0);
	}

	private LeadProfile requireServing(PersonId lead) {
		return store.find(lead)
			.filter(LeadProfile::serving)
			.orElseThrow(() -> new NotFound("There is no serving lead volunteer " + lead));
	}

}
