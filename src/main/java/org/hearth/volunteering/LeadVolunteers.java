package org.hearth.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.Program;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.LeadSuggestion.Suggested;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead volunteers of each program: staff name them with their capacity, languages and
 * time zone, and one person may lead in several programs; a lead who is away names a
 * cover; a lead who steps down from a program has every volunteer there reassigned, and
 * the history of who led whom stays.
 */
@Service
public class LeadVolunteers {

	private final LeadProfileStore store;

	private final EnrolmentStore enrolments;

	private final Enrolments service;

	private final Accounts accounts;

	private final Programs catalog;

	private final AuditLog audit;

	private final Clock clock;

	LeadVolunteers(LeadProfileStore store, EnrolmentStore enrolments, Enrolments service, Accounts accounts,
			Programs catalog, AuditLog audit, Clock clock) {
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

	/** The lead's profile in one program, serving or stepped down. */
	@Transactional(readOnly = true)
	public Optional<LeadProfile> find(PersonId lead, ProgramId program) {
		return store.find(lead, program);
	}

	/** The lead's profile in each program they lead or led, by program name. */
	@Transactional(readOnly = true)
	public List<LeadProfile> profilesOf(PersonId lead) {
		return store.ofLead(lead);
	}

	/** The programs the lead serves in now, by program name. */
	@Transactional(readOnly = true)
	public List<LeadProfile> servingProfilesOf(PersonId lead) {
		return store.ofLead(lead).stream().filter(LeadProfile::serving).toList();
	}

	/**
	 * Makes a lead volunteer (a person with the lead role) a lead of a program; one
	 * person may lead in several programs, each with its own capacity. A lead who stepped
	 * down from the program leads it again.
	 */
	@Transactional
	public LeadProfile register(PersonId lead, ProgramId program, int capacity, String languages, String timeZone) {
		PersonSummary person = accounts.find(lead).orElseThrow(() -> new NotFound("There is no person " + lead));
		if (person.role() != Role.LEAD) {
			throw new RequestRefused("lead",
					person.displayName() + " is not a lead volunteer yet; an admin gives them the role first.");
		}
		Program theProgram = catalog.program(program)
			.orElseThrow(() -> new RequestRefused("program", "Choose a program."));
		if (capacity < 1 || capacity > 100) {
			throw new RequestRefused("capacity", "A lead accompanies between 1 and 100 volunteers.");
		}
		List<String> spoken = Languages.parse(languages);
		if (spoken.isEmpty()) {
			throw new RequestRefused("languages", "Name at least one language the lead speaks.");
		}
		String zone = Languages.timeZone("timeZone", timeZone);
		Optional<LeadProfile> before = store.find(lead, program);
		if (before.filter(LeadProfile::serving).isPresent()) {
			throw new RequestRefused("program", person.displayName() + " already leads " + theProgram.name()
					+ ". Choose another program, or change their capacity there.");
		}
		if (before.isPresent()) {
			LeadProfile former = before.get();
			store.update(new LeadProfile(lead, former.name(), program, capacity, spoken, zone, null, null, null,
					former.load(), former.version()));
		}
		else {
			store.insert(lead, program, capacity, spoken, zone);
		}
		audit.record("lead.registered", "person", lead,
				(before.isPresent() ? "Leads again in " : "Lead of ") + theProgram.name() + " for up to " + capacity
						+ (capacity == 1 ? " volunteer; speaks " : " volunteers; speaks ") + String.join(", ", spoken)
						+ "; " + zone);
		return store.find(lead, program).orElseThrow();
	}

	/**
	 * Changes how many volunteers a lead accompanies in one program, from a page that
	 * read the lead's profile at {@code readVersion}. Staff set any capacity from 1 to
	 * 100; a lead may lower their own (saying no to more is theirs to say) but only staff
	 * raise it. A capacity below the volunteers they lead now is refused: those
	 * volunteers are connected to another lead first, so nobody is left over a lead's
	 * limit.
	 */
	@Transactional
	public LeadProfile changeCapacity(PersonId lead, ProgramId program, int capacity, long readVersion, HearthUser by) {
		boolean staff = by.role().compareTo(Role.STAFF) >= 0;
		boolean self = by.id().equals(lead);
		if (!staff && !self) {
			throw new NotFound("You can change only your own capacity.");
		}
		if (capacity < 1 || capacity > 100) {
			throw new RequestRefused("capacity", "A lead accompanies between 1 and 100 volunteers.");
		}
		// A reassignment to this lead waits here, so the count of their volunteers below
		// stays true until the change is saved.
		store.lock(lead, program);
		String programName = programName(program);
		var found = store.find(lead, program);
		String lapse = found.isPresent() ? "no longer" : "do not";
		LeadProfile profile = found.filter(LeadProfile::serving)
			.orElseThrow(() -> new RequestRefused(self ? "You " + lapse + " lead " + programName + "."
					: nameOf(lead) + (found.isPresent() ? " no longer leads " : " does not lead ") + programName
							+ "; the list of lead volunteers shows who does."));
		if (profile.version() != readVersion) {
			throw new OptimisticLockingFailureException("Someone changed " + (self ? "your" : profile.name() + "'s")
					+ " place as a lead of " + programName + " since this page was opened (the capacity is now "
					+ profile.capacity() + "), so nothing was changed. Reload the page to see it, then try again.");
		}
		if (!staff && capacity > profile.capacity()) {
			throw new RequestRefused("capacity",
					"You can lower your capacity here, not raise it: to accompany more than " + profile.capacity()
							+ " volunteers in " + programName + ", ask staff.");
		}
		if (capacity < profile.load()) {
			throw new RequestRefused("capacity", (self ? "You lead " : profile.name() + " leads ") + profile.load()
					+ " volunteers in " + programName + " now, so the capacity can't be below " + profile.load() + ". "
					+ (staff ? "Connect some of them to another lead first, or choose " + profile.load() + " or more."
							: "Ask staff to connect some of them to another lead first, or choose " + profile.load()
									+ " or more."));
		}
		if (capacity == profile.capacity()) {
			return profile;
		}
		store.update(new LeadProfile(lead, profile.name(), program, capacity, profile.languages(), profile.timeZone(),
				profile.awayUntil(), profile.cover(), null, profile.load(), profile.version()));
		audit.record("lead.capacity", "person", lead, "Capacity in " + programName + ": " + profile.capacity() + " → "
				+ capacity + (staff ? "" : " (lowered by the lead)"));
		return store.find(lead, program).orElseThrow();
	}

	/**
	 * A lead will be away until a day; another lead covers for them meanwhile in every
	 * program they lead, so the cover must lead each of those programs too. Gives the
	 * lead's profile in the first of their programs; every one says the same about being
	 * away.
	 */
	@Transactional
	public LeadProfile goAway(PersonId lead, LocalDate until, PersonId cover) {
		List<LeadProfile> profiles = requireServing(lead);
		LocalDate today = LocalDate.now(clock);
		if (until == null || until.isBefore(today)) {
			throw new RequestRefused("until", "Choose the last day you'll be away, today or later.");
		}
		if (cover == null || cover.equals(lead)) {
			throw new RequestRefused("cover", "Choose another lead volunteer to cover for you.");
		}
		List<LeadProfile> coverProfiles = servingProfilesOf(cover);
		if (coverProfiles.isEmpty()) {
			throw new RequestRefused("cover", "Choose a lead volunteer of the same program.");
		}
		for (LeadProfile profile : profiles) {
			if (coverProfiles.stream().noneMatch(p -> p.program().equals(profile.program()))) {
				throw new RequestRefused("cover",
						coverProfiles.get(0).name() + " does not lead " + programName(profile.program())
								+ ", which you lead too. Choose someone who leads every program you lead, "
								+ "or ask staff to find cover there.");
			}
		}
		if (coverProfiles.get(0).awayOn(today)) {
			throw new RequestRefused("cover",
					coverProfiles.get(0).name() + " is away too; choose someone who is around.");
		}
		for (LeadProfile profile : profiles) {
			store.update(new LeadProfile(lead, profile.name(), profile.program(), profile.capacity(),
					profile.languages(), profile.timeZone(), until, cover, null, profile.load(), profile.version()));
		}
		audit.record("lead.away", "person", lead,
				"Away until " + until + "; " + coverProfiles.get(0).name() + " covers");
		return store.find(lead, profiles.get(0).program()).orElseThrow();
	}

	/** The lead is back in every program they lead. */
	@Transactional
	public LeadProfile comeBack(PersonId lead) {
		List<LeadProfile> profiles = requireServing(lead);
		for (LeadProfile profile : profiles) {
			store.update(new LeadProfile(lead, profile.name(), profile.program(), profile.capacity(),
					profile.languages(), profile.timeZone(), null, null, null, profile.load(), profile.version()));
		}
		audit.record("lead.back", "person", lead, "Back from being away");
		return store.find(lead, profiles.get(0).program()).orElseThrow();
	}

	/**
	 * A lead steps down from one program: each of their volunteers there goes to the best
	 * suggested lead of the program (by room, language and time zone), or the lead stays
	 * until there is room for everyone. Their other programs are not touched.
	 */
	@Transactional
	public int stepDown(PersonId lead, ProgramId program, String reason) {
		LeadProfile profile = store.find(lead, program)
			.filter(LeadProfile::serving)
			.orElseThrow(() -> new NotFound("There is no serving lead volunteer " + lead + " of this program."));
		store.update(new LeadProfile(lead, profile.name(), profile.program(), 0, profile.languages(),
				profile.timeZone(), null, null, clock.instant(), profile.load(), profile.version()));
		String why = "Lead " + profile.name() + " stepped down"
				+ (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
		int moved = 0;
		for (Enrolment enrolment : enrolments.inServiceWithLead(lead)) {
			if (!enrolment.program().equals(program)) {
				continue;
			}
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
		audit.record("lead.stepped-down", "person", lead,
				why + " as lead of " + programName(program) + "; " + moved + " volunteer(s) reassigned");
		return moved;
	}

	/**
	 * A lead steps down from the program they lead; a lead of several programs is asked
	 * which one.
	 */
	@Transactional
	public int stepDown(PersonId lead, String reason) {
		List<LeadProfile> serving = requireServing(lead);
		if (serving.size() > 1) {
			throw new RequestRefused("programId",
					serving.get(0).name() + " leads " + serving.size() + " programs ("
							+ String.join(", ", serving.stream().map(p -> programName(p.program())).toList())
							+ "); say which one they step down from.");
		}
		return stepDown(lead, serving.get(0).program(), reason);
	}

	/**
	 * A lead removed permanently steps down from every program in a transaction of its
	 * own, so when no other lead has room the removal still stands and staff are left to
	 * reassign their volunteers.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int stepDownOnRemoval(PersonId lead, String reason) {
		int moved = 0;
		for (LeadProfile profile : servingProfilesOf(lead)) {
			moved += stepDown(lead, profile.program(), reason);
		}
		return moved;
	}

	private String nameOf(PersonId person) {
		return accounts.find(person).map(PersonSummary::displayName).orElse("This person");
	}

	private String programName(ProgramId program) {
		return catalog.program(program).map(Program::name).orElse("a program");
	}

	private List<LeadProfile> requireServing(PersonId lead) {
		List<LeadProfile> serving = servingProfilesOf(lead);
		if (serving.isEmpty()) {
			throw new NotFound("There is no serving lead volunteer " + lead);
		}
		return serving;
	}

}
