package org.hearth.onboarding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.AccessControl;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.PolicyDocument;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.Enrolled;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.Languages;
import org.hearth.volunteering.LeadSuggestion.Suggested;
import org.hearth.volunteering.NewEnrolment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and their way to activation: applying, staff accepting, declining or
 * disqualifying, the checklist of a role's requirements, and activation with a lead
 * volunteer under the {@link ActivationPolicy}. Every change of state is audited.
 */
@Service
public class Onboarding {

	/** What a permanently removed person is told when they try to apply; nothing more. */
	static final String CANNOT_APPLY = "We're sorry, but you can't apply to serve with us.";

	private final ApplicationStore store;

	private final Programs catalog;

	private final Policies policies;

	private final AccessControl access;

	private final Accounts accounts;

	private final Enrolments enrolments;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CourseStore courses;

	private final BackgroundCheckStore checks;

	private final AcknowledgementStore acknowledgements;

	private final Clock clock;

	Onboarding(ApplicationStore store, Programs catalog, Policies policies, AccessControl access, Accounts accounts,
			Enrolments enrolments, AuditLog audit, ApplicationEventPublisher events, CourseStore courses,
			BackgroundCheckStore checks, AcknowledgementStore acknowledgements, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.policies = policies;
		this.access = access;
		this.accounts = accounts;
		this.enrolments = enrolments;
		this.audit = audit;
		this.events = events;
		this.courses = courses;
		this.checks = checks;
		this.acknowledgements = acknowledgements;
		this.clock = clock;
	}

	/** What a person offers when they apply. */
	public record ApplicationDetails(int commitmentMonths, BigDecimal commitmentAmount, CommitmentUnit commitmentUnit,
			CommitmentPeriod commitmentPeriod, String availability, String languages, String timeZone,
			String motivation) {

		/** What an applicant offers when it is just what the role asks. */
		public static ApplicationDetails offering(Commitment commitment, String availability, String languages,
				String timeZone, String motivation) {
			return new ApplicationDetails(commitment.months(), commitment.amount(), commitment.unit(),
					commitment.period(), availability, languages, timeZone, motivation);
		}

	}

	/** Whether this person may apply at all; a permanently removed person may not. */
	@Transactional(readOnly = true)
	public boolean mayApply(PersonId person) {
		return !access.isPermanentlyRemoved(person);
	}

	@Transactional
	public Application apply(PersonId person, ProgramRoleId roleId, ApplicationDetails details) {
		if (!mayApply(person)) {
			throw new RequestRefused(CANNOT_APPLY);
		}
		ProgramRole role = role(roleId);
		// Every problem at once, so an applicant fixes them in one go rather than one by
		// one.
		Map<String, String> problems = new LinkedHashMap<>();
		Commitment commitment = null;
		try {
			commitment = new Commitment(details.commitmentMonths(), details.commitmentAmount(),
					details.commitmentUnit(), details.commitmentPeriod());
		}
		catch (IllegalArgumentException ex) {
			problems.put(details.commitmentMonths() < 1 || details.commitmentMonths() > 60 ? "commitmentMonths"
					: "commitmentAmount", ex.getMessage());
		}
		String zone = null;
		try {
			zone = Languages.timeZone("timeZone", details.timeZone());
		}
		catch (RequestRefused ex) {
			problems.putAll(ex.errors());
		}
		problems.putAll(Application.problems(details.availability(), Languages.parse(details.languages()),
				details.motivation()));
		if (!problems.isEmpty()) {
			throw new RequestRefused(problems);
		}
		if (store.hasOpen(person, roleId)) {
			throw new RequestRefused("You already have an application for " + role.name() + " under way.");
		}
		Application application = Application.submit(person, roleId, commitment, details.availability(),
				Languages.parse(details.languages()), zone, details.motivation(), clock.instant());
		store.insert(application);
		audit.record("application.submitted", "application", application.id(),
				"Applied to " + role.name() + " committing to " + commitment);
		events.publishEvent(new ApplicationSubmitted(application.id(), person, role.name()));
		return application;
	}

	@Transactional(readOnly = true)
	public Optional<Application> find(ApplicationId id) {
		return store.find(id);
	}

	/**
	 * The application, when this person may see it: the applicant themselves, or staff.
	 */
	@Transactional(readOnly = true)
	public Application visibleTo(HearthUser user, ApplicationId id) {
		return store.find(id)
			.filter(a -> a.applicant().equals(user.id()) || user.role().compareTo(Role.STAFF) >= 0)
			.orElseThrow(() -> new NotFound("There is no application " + id + " that you can see."));
	}

	@Transactional(readOnly = true)
	public List<Application> of(PersonId person) {
		return store.of(person);
	}

	/**
	 * The staff queue: applications in a status, or every open one when the status is
	 * null.
	 */
	@Transactional(readOnly = true)
	public List<Application> queue(ApplicationStatus status) {
		return status == null ? store.allOpen() : store.inStatus(status);
	}

	/** A page of the staff queue: open applications, or those in one status. */
	@Transactional(readOnly = true)
	public ResultPage<Application> applications(ApplicationStatus status, Paging paging) {
		return paging.pageOf(store.queue(status, paging));
	}

	/**
	 * A page of the staff queue as lines to show: the applicants' and roles' names are
	 * looked up once for the page.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ApplicationLine> queue(ApplicationStatus status, Paging paging) {
		ResultPage<Application> page = paging.pageOf(store.queue(status, paging));
		Map<PersonId, String> people = accounts
			.namesOf(page.items().stream().map(Application::applicant).collect(Collectors.toSet()));
		Map<ProgramRoleId, String> roles = catalog.roleNames();
		return page.map(a -> new ApplicationLine(a.id(), people.getOrDefault(a.applicant(), "someone"),
				roles.getOrDefault(a.role(), "a role"), a.status(), a.submittedAt()));
	}

	/** A line of the staff queue. */
	public record ApplicationLine(ApplicationId id, String applicantName, String roleName, ApplicationStatus status,
			Instant submittedAt) {
	}

	/** How many applications are submitted or in onboarding. */
	@Transactional(readOnly = true)
	public long openCount() {
		return store.countOpen();
	}

	@Transactional
	public Application accept(ApplicationId id, long version) {
		Application application = require(id);
		application.accept(clock.instant());
		store.update(application, version);
		String role = roleName(application.role());
		audit.record("application.accepted", "application", id, "Accepted into onboarding for " + role);
		events.publishEvent(new ApplicationAccepted(id, application.applicant(), role));
		return store.find(application.id()).orElseThrow();
	}

	@Transactional
	public Application decline(ApplicationId id, String reason, long version) {
		Application application = require(id);
		application.decline(reason, clock.instant());
		store.update(application, version);
		String role = roleName(application.role());
		audit.record("application.declined", "application", id, reason);
		events.publishEvent(new ApplicationDeclined(id, application.applicant(), role, application.statusReason()));
		return store.find(application.id()).orElseThrow();
	}

	@Transactional
	public Application withdraw(ApplicationId id, HearthUser by) {
		Application application = visibleTo(by, id);
		long version = application.version();
		application.withdraw(by.id().equals(application.applicant()) ? null : "Withdrawn by staff", clock.instant());
		store.update(application, version);
		audit.record("application.withdrawn", "application", id, application.statusReason());
		return store.find(application.id()).orElseThrow();
	}

	/**
	 * The applicant says whether they are of the role's minimum age; the outcome is
	 * audited.
	 */
	@Transactional
	public Application answerAge(ApplicationId id, HearthUser by, boolean ofAge) {
		Application application = store.find(id)
			.filter(a -> a.applicant().equals(by.id()))
			.orElseThrow(() -> new NotFound("There is no application " + id + " of yours."));
		long version = application.version();
		application.answerAge(ofAge);
		store.update(application, version);
		audit.record("requirement.minimum-age", "application", id,
				ofAge ? "Confirmed of minimum age" : "Not of minimum age");
		return store.find(application.id()).orElseThrow();
	}

	@Transactional
	public Application disqualify(ApplicationId id, long version) {
		Application application = require(id);
		List<RequirementCheck> checklist = checklist(application);
		application.disqualify(ActivationPolicy.decide(checklist), clock.instant());
		store.update(application, version);
		String role = roleName(application.role());
		audit.record("application.disqualified", "application", id, application.statusReason());
		events.publishEvent(new ApplicationDisqualified(id, application.applicant(), role,
				stillOpen(application).stream().map(ProgramRole::name).toList()));
		return store.find(application.id()).orElseThrow();
	}

	/**
	 * Activates the applicant with a lead volunteer when the activation policy allows it.
	 * An approval made from a stale version loses, so two staff approving at once never
	 * both win.
	 */
	@Transactional
	public Enrolled activate(ApplicationId id, PersonId lead, long version) {
		Application application = require(id);
		ActivationDecision decision = ActivationPolicy.decide(checklist(application));
		application.activate(decision, clock.instant());
		store.update(application, version);
		ProgramRole role = role(application.role());
		Enrolled enrolment = enrolments.enrol(new NewEnrolment(application.applicant(), id.value(), role.programId(),
				role.id(), application.commitment(), application.languages(), application.timeZone()), lead);
		audit.record("application.activated", "application", id, "Activated as " + role.name());
		accounts.findPerson(application.applicant())
			.filter(person -> person.role() == Role.APPLICANT)
			.ifPresent(person -> accounts.changeRole(person.id(), Role.VOLUNTEER, null, person.version()));
		return enrolment;
	}

	/** What the activation policy says now. */
	@Transactional(readOnly = true)
	public ActivationDecision decision(Application application) {
		return ActivationPolicy.decide(checklist(application));
	}

	@Transactional(readOnly = true)
	public List<RequirementCheck> checklist(Application application) {
		return ActivationPolicy.checklist(role(application.role()).requirements(),
				evidence(application.applicant(), application.ageConfirmed()), LocalDate.now(clock));
	}

	/**
	 * The roles whose requirements this person can still meet after a requirement failed.
	 */
	@Transactional(readOnly = true)
	public List<ProgramRole> stillOpen(Application application) {
		return OtherRoles.stillOpen(catalog.allRoles(), application.role(), checklist(application));
	}

	@Transactional(readOnly = true)
	public List<Suggested> suggestLeads(Application application) {
		ProgramRole role = role(application.role());
		return enrolments.suggestLeads(role.programId(), application.languages(), application.timeZone());
	}

	/** Ends every open application of a person whose access was removed permanently. */
	@Transactional
	public void withdrawEverything(PersonId person, String reason) {
		for (Application application : store.openOf(person)) {
			long version = application.version();
			application.withdraw("Access removed: " + reason, clock.instant());
			store.update(application, version);
			audit.record("application.withdrawn", "application", application.id(), application.statusReason());
		}
	}

	@Transactional(readOnly = true)
	Evidence evidence(PersonId person, Boolean ofMinimumAge) {
		var passed = courses.passedBy(person);
		Optional<BackgroundCheck> check = checks.current(person);
		Map<String, Integer> acknowledged = acknowledgements.latestVersionsOf(person);
		List<PolicyDocument> documents = policies.policies();
		Map<String, Integer> current = documents.stream()
			.collect(Collectors.toMap(PolicyDocument::key, PolicyDocument::currentVersion));
		Map<String, String> titles = documents.stream()
			.collect(Collectors.toMap(PolicyDocument::key, PolicyDocument::title));
		return new Evidence(passed, check, acknowledged, current, ofMinimumAge, titles);
	}

	/** Each policy's title by its key, for checklists that link to the policies. */
	@Transactional(readOnly = true)
	public Map<String, String> policyTitles() {
		return policies.policies().stream().collect(Collectors.toMap(PolicyDocument::key, PolicyDocument::title));
	}

	public String roleName(ProgramRoleId id) {
		return catalog.role(id).map(ProgramRole::name).orElse("a role");
	}

	public ProgramRole role(ProgramRoleId id) {
		return catalog.role(id).orElseThrow(() -> new NotFound("There is no role " + id));
	}

	/** Many people's names in one query, for a page that lists them. */
	public Map<PersonId, String> namesOf(java.util.Collection<PersonId> people) {
		return accounts.namesOf(people);
	}

	public String nameOf(PersonId person) {
		return accounts.findPerson(person).map(Person::displayName).orElse("someone");
	}

	private Application require(ApplicationId id) {
		return store.find(id).orElseThrow(() -> new NotFound("There is no application " + id));
	}

}
