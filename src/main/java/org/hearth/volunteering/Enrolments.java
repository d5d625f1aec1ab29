package org.hearth.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;
import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.LeadSuggestion.Suggested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteers' enrolments: activation with a lead volunteer, pause and resume, renewal or
 * winding down at the end of a commitment, reassignment of leads, and removal. Every
 * change is audited, written to the volunteer's record and published.
 */
@Service
public class Enrolments {

	private final EnrolmentStore store;

	private final LeadProfileStore leads;

	private final ServiceRecords records;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Programs catalog;

	private final Accounts accounts;

	private final Clock clock;

	Enrolments(EnrolmentStore store, LeadProfileStore leads, ServiceRecords records, AuditLog audit,
			ApplicationEventPublisher events, Programs catalog, Accounts accounts, Clock clock) {
		this.store = store;
		this.leads = leads;
		this.records = records;
		this.audit = audit;
		this.events = events;
		this.catalog = catalog;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Activates a volunteer with a lead volunteer of the program who has room, in the
	 * caller's transaction.
	 */
	@Transactional
	public Enrolled enrol(NewEnrolment request, PersonId lead) {
		if (lead == null) {
			throw new RequestRefused("lead", "Choose the lead volunteer who will accompany this volunteer.");
		}
		LeadProfile profile = requireLeadWithRoom(request.program(), lead);
		Enrolment enrolment = Enrolment.activate(request, lead, today());
		store.insert(enrolment);
		String role = roleName(enrolment.role());
		audit.record("enrolment.activated", "enrolment", enrolment.id(),
				"Began serving as " + role + " (" + enrolment.commitment() + ") with lead " + profile.name());
		records.note(enrolment.volunteer(), "enrolment", "Began serving as " + role + ", committed to "
				+ enrolment.commitment() + " until " + enrolment.commitmentEndsOn());
		connect(enrolment, lead, null, "Activation");
		events.publishEvent(new VolunteerActivated(enrolment.id(), enrolment.volunteer(), lead, role));
		return Enrolled.of(enrolment);
	}

	@Transactional(readOnly = true)
	public Optional<Enrolment> find(EnrolmentId id) {
		return store.find(id);
	}

	/**
	 * Whose each of these enrolments is, in one query, for pages that list many
	 * enrolments' service.
	 */
	@Transactional(readOnly = true)
	public Map<EnrolmentId, PersonId> volunteersOf(java.util.Collection<EnrolmentId> ids) {
		return store.volunteersOf(ids);
	}

	@Transactional(readOnly = true)
	public List<Enrolment> ofVolunteer(PersonId volunteer) {
		return store.ofVolunteer(volunteer);
	}

	/** Enrolments in a state, or every one in service when the state is null. */
	@Transactional(readOnly = true)
	public List<Enrolment> list(EnrolmentState state) {
		return state == null ? store.allInService() : store.inState(state);
	}

	/**
	 * A page of enrolments in a state, or of those in service, most recently started
	 * first.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Enrolment> enrolments(EnrolmentState state, Paging paging) {
		return paging.pageOf(store.page(state, paging));
	}

	/**
	 * A page of enrolments as lines to show, with the names of volunteers, leads and
	 * roles looked up once for the page.
	 */
	@Transactional(readOnly = true)
	public ResultPage<EnrolmentLine> page(EnrolmentState state, Paging paging) {
		ResultPage<Enrolment> page = paging.pageOf(store.page(state, paging));
		Set<PersonId> people = new HashSet<>();
		page.items().forEach(e -> {
			people.add(e.volunteer());
			people.add(e.lead());
		});
		Map<PersonId, String> names = accounts.namesOf(people);
		Map<ProgramRoleId, String> roles = catalog.roleNames();
		return page.map(e -> new EnrolmentLine(e.id(), names.getOrDefault(e.volunteer(), "someone"),
				roles.getOrDefault(e.role(), "a role"), e.state(),
				e.lead() == null ? "" : names.getOrDefault(e.lead(), "someone"), e.commitmentEndsOn()));
	}

	/** A line of the staff's list of enrolments. */
	public record EnrolmentLine(EnrolmentId id, String volunteerName, String roleName, EnrolmentState state,
			String leadName, LocalDate commitmentEndsOn) {
	}

	/** How many volunteers are in service (active or paused). */
	@Transactional(readOnly = true)
	public long inServiceCount() {
		return store.countInService();
	}

	/** The enrolments a lead accompanies or covers for now. */
	@Transactional(readOnly = true)
	public List<Enrolment> ledBy(PersonId lead) {
		var result = new java.util.ArrayList<>(store.inServiceWithLead(lead));
		result.addAll(store.coveredBy(lead, today()));
		return List.copyOf(result);
	}

	/**
	 * Whether this person may see the enrolment: the volunteer, their lead or the lead's
	 * cover, or staff.
	 */
	@Transactional(readOnly = true)
	public boolean maySee(HearthUser user, Enrolment enrolment) {
		if (user.id().equals(enrolment.volunteer()) || user.role().compareTo(Role.STAFF) >= 0) {
			return true;
		}
		return user.role().compareTo(Role.LEAD) >= 0 && enrolment.state().inService()
				&& ledBy(user.id()).stream().anyMatch(e -> e.id().equals(enrolment.id()));
	}

	/**
	 * The enrolment, when this person may see it; otherwise it is as if it did not exist.
	 */
	@Transactional(readOnly = true)
	public Enrolment visibleTo(HearthUser user, EnrolmentId id) {
		return store.find(id)
			.filter(enrolment -> maySee(user, enrolment))
			.orElseThrow(() -> new NotFound("There is no enrolment " + id + " that you can see."));
	}

	@Transactional
	public Enrolment pause(EnrolmentId id, HearthUser by, LocalDate until) {
		Enrolment enrolment = ownOrStaff(id, by);
		enrolment.pause(until, today());
		store.update(enrolment);
		String role = roleName(enrolment.role());
		audit.record("enrolment.paused", "enrolment", id, "Paused until " + until);
		records.note(enrolment.volunteer(), "enrolment", "Paused service as " + role + " until " + until);
		events.publishEvent(new VolunteerPaused(id, enrolment.volunteer(), enrolment.lead(), until, role));
		return store.find(enrolment.id()).orElseThrow();
	}

	@Transactional
	public Enrolment resume(EnrolmentId id, HearthUser by) {
		Enrolment enrolment = ownOrStaff(id, by);
		enrolment.resume();
		store.update(enrolment);
		String role = roleName(enrolment.role());
		audit.record("enrolment.resumed", "enrolment", id, "Resumed service");
		records.note(enrolment.volunteer(), "enrolment", "Resumed service as " + role);
		events.publishEvent(new VolunteerResumed(id, enrolment.volunteer(), enrolment.lead(), role));
		return store.find(enrolment.id()).orElseThrow();
	}

	@Transactional
	public Enrolment renew(EnrolmentId id, HearthUser by) {
		Enrolment enrolment = ownOrStaff(id, by);
		LocalDate before = enrolment.commitmentEndsOn();
		enrolment.renew(today());
		store.update(enrolment);
		store.clearCommitmentPrompt(id);
		audit.record("enrolment.renewed", "enrolment", id,
				"Commitment renewed: ends " + before + " → " + enrolment.commitmentEndsOn());
		records.note(enrolment.volunteer(), "enrolment",
				"Renewed commitment as " + roleName(enrolment.role()) + " until " + enrolment.commitmentEndsOn());
		return store.find(enrolment.id()).orElseThrow();
	}

	/**
	 * Ends service at the volunteer's wish, such as winding down at the end of a
	 * commitment.
	 */
	@Transactional
	public Enrolment windDown(EnrolmentId id, HearthUser by, String reason) {
		Enrolment enrolment = ownOrStaff(id, by);
		enrolment.withdraw(reason, clock.instant());
		store.update(enrolment);
		closeAssignment(enrolment.id(), "Service ended");
		String role = roleName(enrolment.role());
		audit.record("enrolment.withdrawn", "enrolment", id, enrolment.endReason());
		records.note(enrolment.volunteer(), "enrolment", "Stepped back from " + role + ": " + enrolment.endReason());
		events.publishEvent(
				new EnrolmentEnded(id, enrolment.volunteer(), enrolment.state(), enrolment.endReason(), role));
		return store.find(enrolment.id()).orElseThrow();
	}

	/**
	 * Connects a volunteer in service to another lead volunteer of the program (staff).
	 */
	@Transactional
	public Enrolment reassign(EnrolmentId id, PersonId newLead, String reason) {
		return reassign(id, newLead, reason, null);
	}

	/**
	 * Connects a volunteer in service to another lead volunteer of the program (staff),
	 * from a page or request that read the enrolment at {@code readVersion}: when someone
	 * changed the enrolment since (another reassignment, a pause), the change is refused
	 * instead of silently overwriting theirs. Without a version, nothing is compared.
	 */
	@Transactional
	public Enrolment reassign(EnrolmentId id, PersonId newLead, String reason, Long readVersion) {
		if (StorableText.looksBlank(reason)) {
			throw new RequestRefused("reason",
					"Say why you are connecting them to another lead; it stays in their history.");
		}
		if (reason.strip().length() > 400) {
			throw new RequestRefused("reason", "Please keep the reason to 400 characters.");
		}
		Enrolment enrolment = store.lock(id).orElseThrow(() -> new NotFound("There is no enrolment " + id));
		if (readVersion != null && readVersion != enrolment.version()) {
			throw new OptimisticLockingFailureException("Someone changed " + nameOf(enrolment.volunteer())
					+ "'s service since you opened this page"
					+ (enrolment.state().inService() ? " (their lead is now " + nameOf(enrolment.lead()) + ")" : "")
					+ ", so nothing was changed. Reload the page to see who changed it, then choose again.");
		}
		LeadProfile chosen = requireLeadWithRoom(enrolment.program(), newLead);
		if (chosen.awayOn(today())) {
			throw new RequestRefused("lead",
					chosen.name() + " is away until " + chosen.awayUntil() + "; choose a lead who is around.");
		}
		PersonId before = enrolment.reassign(newLead);
		store.update(enrolment);
		connect(enrolment, newLead, before, reason.strip());
		return store.find(enrolment.id()).orElseThrow();
	}

	/**
	 * Lead volunteers for a volunteer, by room, shared language and time zone; best
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<Suggested> suggestLeads(ProgramId program, List<String> languages, String timeZone) {
		LocalDate today = today();
		List<LeadCandidate> candidates = leads.serving(program)
			.stream()
			.map(p -> new LeadCandidate(p.lead(), p.name(), p.capacity(), p.load(), new HashSet<>(p.languages()),
					p.timeZone(), p.awayOn(today)))
			.toList();
		return LeadSuggestion.rank(candidates, new HashSet<>(languages), timeZone, clock.instant());
	}

	/**
	 * Why each other lead of the program cannot take a volunteer now (away, or no room),
	 * so a page offering nobody can say why.
	 */
	@Transactional(readOnly = true)
	public List<String> unavailableLeads(ProgramId program, PersonId currentLead) {
		LocalDate today = today();
		return leads.serving(program)
			.stream()
			.filter(p -> !p.lead().equals(currentLead))
			.map(p -> p.awayOn(today) ? p.name() + " is away until " + p.awayUntil()
					: p.load() >= p.capacity()
							? p.name() + " has no room (" + p.load() + " of " + p.capacity() + " volunteers)" : null)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** Ends every enrolment of a person whose access was removed permanently. */
	@Transactional
	public int removeEverywhere(PersonId person, String reason) {
		int removed = 0;
		for (Enrolment listed : store.ofVolunteer(person)) {
			Enrolment enrolment = store.lock(listed.id()).orElseThrow();
			if (!enrolment.remove(reason, clock.instant())) {
				continue;
			}
			store.update(enrolment);
			closeAssignment(enrolment.id(), "Removed");
			String role = roleName(enrolment.role());
			audit.record("enrolment.removed", "enrolment", enrolment.id(), "Removed permanently: " + reason);
			records.note(person, "enrolment", "Removed from " + role);
			events.publishEvent(new EnrolmentEnded(enrolment.id(), person, EnrolmentState.REMOVED, reason, role));
			removed++;
		}
		return removed;
	}

	/** Reminds each volunteer whose pause has reached its end date, once per pause. */
	@Transactional
	public int remindPausesEndedBy(LocalDate day) {
		List<Enrolment> due = store.pausesEndedUnreminded(day);
		for (Enrolment enrolment : due) {
			store.markPauseReminded(enrolment.id(), day);
			audit.record("enrolment.pause-reminder", "enrolment", enrolment.id(),
					"Pause ended on " + enrolment.pausedUntil());
			events.publishEvent(new PauseRanOut(enrolment.id(), enrolment.volunteer(), enrolment.pausedUntil(),
					roleName(enrolment.role())));
		}
		return due.size();
	}

	/**
	 * Asks each volunteer whose commitment ends within the month to renew or wind down,
	 * once per commitment.
	 */
	@Transactional
	public int promptCommitmentsEndingBy(LocalDate day) {
		List<Enrolment> due = store.commitmentsEndingUnprompted(day.plusDays(Enrolment.PROMPT_DAYS_BEFORE_END));
		for (Enrolment enrolment : due) {
			store.markCommitmentPrompted(enrolment.id(), day);
			events.publishEvent(new CommitmentEndApproached(enrolment.id(), enrolment.volunteer(),
					enrolment.commitmentEndsOn(), roleName(enrolment.role())));
		}
		return due.size();
	}

	/** Who led this enrolment's volunteer, and when, newest first. */
	@Transactional(readOnly = true)
	public List<LeadPeriod> leadHistory(EnrolmentId id) {
		return store.leadHistory(id);
	}

	/** One period of a lead volunteer accompanying a volunteer. */
	public record LeadPeriod(PersonId lead, String leadName, java.time.Instant from, java.time.Instant to,
			String reason) {
	}

	public String roleName(ProgramRoleId role) {
		return catalog.role(role).map(ProgramRole::name).orElse("a role");
	}

	public String nameOf(PersonId person) {
		return person == null ? "" : accounts.find(person).map(PersonSummary::displayName).orElse("someone");
	}

	private void connect(Enrolment enrolment, PersonId lead, PersonId previous, String reason) {
		closeAssignment(enrolment.id(), reason);
		store.openAssignment(enrolment.id(), lead, clock.instant(), reason);
		String leadName = nameOf(lead);
		audit.record("lead.assigned", "enrolment", enrolment.id(),
				(previous == null ? "" : nameOf(previous) + " → ") + leadName + " (" + reason + ")");
		records.note(enrolment.volunteer(), "lead", "Connected to lead volunteer " + leadName
				+ (previous == null ? "" : ", after " + nameOf(previous)) + " (" + reason + ")");
		events.publishEvent(new LeadAssigned(enrolment.id(), enrolment.volunteer(), lead, previous, reason));
	}

	private void closeAssignment(EnrolmentId id, String reason) {
		store.closeAssignment(id, clock.instant());
	}

	private LeadProfile requireLeadWithRoom(ProgramId program, PersonId lead) {
		// Two connections to one lead at once wait for each other here, so the second
		// sees
		// the first's volunteer and cannot fill the lead past their capacity.
		leads.lock(lead, program);
		LeadProfile profile = leads.find(lead, program)
			.filter(LeadProfile::serving)
			.orElseThrow(() -> new RequestRefused("lead", "Choose a lead volunteer of this program."));
		if (profile.room() == 0) {
			throw new RequestRefused("lead", profile.name() + " has no room for another volunteer (" + profile.load()
					+ " of " + profile.capacity() + "). Choose another lead, or raise their capacity first.");
		}
		return profile;
	}

	private Enrolment ownOrStaff(EnrolmentId id, HearthUser by) {
		Enrolment enrolment = store.lock(id).orElseThrow(() -> new NotFound("There is no enrolment " + id));
		if (!enrolment.volunteer().equals(by.id()) && by.role().compareTo(Role.STAFF) < 0) {
			throw new NotFound("There is no enrolment " + id + " of yours.");
		}
		return store.find(enrolment.id()).orElseThrow();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
