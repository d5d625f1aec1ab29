package org.hearth.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hearth.onboarding.Onboarding.ApplicationDetails;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.Platform;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.Requirements;
import org.hearth.volunteering.Enrolled;
import org.hearth.volunteering.LeadVolunteers;

/**
 * A program with a role that asks for everything (a course, a background check, a policy
 * and a minimum age), its lead volunteer, and helpers to take an applicant through
 * onboarding.
 */
public final class OnboardingFixture {

	public static final String QUIZ = """
			? Someone tells you they are thinking of ending their life. What do you do?
			- Change the subject to something lighter
			* Ask them directly, listen, and share crisis resources
			? Where does the support you give come from?
			* Your own experience
			- Professional expertise
			""";

	public final Program program;

	public final ProgramRole role;

	public final ProgramRole openRole;

	public final Course course;

	public final String policy;

	public final HearthUser lead;

	private final Onboarding onboarding;

	private final Courses courses;

	private final Acknowledgements acknowledgements;

	private final BackgroundChecks checks;

	private final Programs catalog;

	private final Policies policies;

	private final Accounts accounts;

	public OnboardingFixture(Programs catalog, Policies policies, Accounts accounts, Onboarding onboarding,
			Courses courses, Acknowledgements acknowledgements, BackgroundChecks checks, LeadVolunteers leads) {
		this.catalog = catalog;
		this.policies = policies;
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.courses = courses;
		this.acknowledgements = acknowledgements;
		this.checks = checks;
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.policy = "code-" + suffix;
		policies.createPolicy(policy, "Code of Conduct " + suffix, "Be kind. Refer and defer.");
		this.course = courses.create("Foundations " + suffix, "The basics", 100, "# Welcome\nWe **listen**.", QUIZ);
		this.program = catalog.createProgram("Peer Support " + suffix, "Support on Discord", Platform.DISCORD);
		this.role = catalog.createRole(program.id(), "Peer Supporter", "Listens",
				Commitment.of(6, 3, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				new Requirements(Set.of(course.name()), true, 24, Set.of(policy), 18));
		this.openRole = catalog.createRole(program.id(), "Greeter", "Welcomes newcomers",
				Commitment.of(3, 1, CommitmentUnit.HOURS, CommitmentPeriod.WEEK), Requirements.none());
		this.lead = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(lead.id(), program.id(), 5, "English, French", "Europe/London");
	}

	public HearthUser applicant() {
		return PeopleFixture.create(accounts, Role.APPLICANT);
	}

	public HearthUser anotherLead(LeadVolunteers leads, int capacity, String languages, String zone) {
		HearthUser another = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(another.id(), program.id(), capacity, languages, zone);
		return another;
	}

	public static ApplicationDetails details() {
		return ApplicationDetails.offering(Commitment.of(6, 3, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				"Weekday evenings", "English", "Europe/Paris", "Someone listened to me here when I needed it.");
	}

	/** Applies and completes every requirement; the application is ready to activate. */
	public Application readyToActivate(HearthUser person) {
		Application application = onboarding.apply(person.id(), role.id(), details());
		onboarding.accept(application.id(), application.version());
		courses.attempt(course.id(), person.id(), List.of(1, 0));
		acknowledgements.acknowledge(person.id(), policy, 1);
		onboarding.answerAge(application.id(), person, true);
		checks.record(person.id(), BackgroundCheckStatus.CLEAR, "REF-" + UUID.randomUUID(),
				LocalDate.now().plusYears(2));
		return onboarding.find(application.id()).orElseThrow();
	}

	/** An active volunteer with this fixture's lead. */
	public Enrolled activeVolunteer() {
		HearthUser person = applicant();
		Application application = readyToActivate(person);
		return onboarding.activate(application.id(), lead.id(), application.version());
	}

	/** An application to the role without requirements, accepted into onboarding. */
	public Application acceptedForOpenRole(HearthUser person) {
		Application application = onboarding.apply(person.id(), openRole.id(), details());
		return onboarding.accept(application.id(), application.version());
	}

	public Programs catalog() {
		return catalog;
	}

}
