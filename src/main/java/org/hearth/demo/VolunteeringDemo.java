package org.hearth.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.BackgroundCheckStatus;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.Onboarding.ApplicationDetails;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.people.AccessControl;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.LeadType;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceEntry;
import org.hearth.volunteering.ServiceLog;

import org.springframework.stereotype.Component;

/**
 * The volunteer journey in the demo organisation, with someone in every state:
 * applications submitted, in onboarding, declined, withdrawn and disqualified; volunteers
 * active, paused, wound down and removed; leads with cover and a reassignment; service
 * logged, approved and declined; a check about to expire and a policy version not yet
 * acknowledged.
 */
@Component
class VolunteeringDemo {

	private final Accounts accounts;

	private final Programs catalog;

	private final Policies policies;

	private final Courses courses;

	private final Onboarding onboarding;

	private final Acknowledgements acknowledgements;

	private final BackgroundChecks checks;

	private final LeadVolunteers leads;

	private final Enrolments enrolments;

	private final ServiceLog serviceLog;

	private final AccessControl access;

	VolunteeringDemo(Accounts accounts, Programs catalog, Policies policies, Courses courses, Onboarding onboarding,
			Acknowledgements acknowledgements, BackgroundChecks checks, LeadVolunteers leads, Enrolments enrolments,
			ServiceLog serviceLog, AccessControl access) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.policies = policies;
		this.courses = courses;
		this.onboarding = onboarding;
		this.acknowledgements = acknowledgements;
		this.checks = checks;
		this.leads = leads;
		this.enrolments = enrolments;
		this.serviceLog = serviceLog;
		this.access = access;
	}

	/**
	 * Loads the journey; the programs, roles, policies, courses and demo people are
	 * already there.
	 */
	void load() {
		Program discord = program("Discord Peer Support");
		Program forum = program("Forum Responders");
		Program swat = program("SWAT");
		Program match = program("Match");
		ProgramRole supporter = role(discord, "Peer Supporter");
		ProgramRole responder = role(forum, "Forum Responder");
		ProgramRole swatMember = role(swat, "SWAT Member");

		PersonSummary mika = person("moderator");
		PersonSummary ola = lead("moderator.ola", "Ola Berg", LeadType.MODERATOR);
		leads.register(mika.id(), discord.id(), 6, "English, Japanese", "Asia/Tokyo");
		leads.register(ola.id(), discord.id(), 6, "English, Norwegian, Arabic", "Europe/Oslo");
		leads.register(person("swat").id(), swat.id(), 4, "English, Hindi, Malayalam", "Asia/Kolkata");
		leads.register(person("match").id(), match.id(), 5, "English, Spanish", "America/Mexico_City");
		PersonSummary forumLead = lead("moderator.femi", "Femi Adeyemi", LeadType.MODERATOR);
		leads.register(forumLead.id(), forum.id(), 8, "English, Yoruba", "Africa/Lagos");

		// Active volunteers with their leads, service logged and decided.
		Enrolment noor = activate(person("volunteer"), supporter, "English, Arabic", "Europe/Oslo", ola.id());
		Enrolment ben = activate(person("volunteer.ben"), responder, "English", "America/New_York", forumLead.id());
		Enrolment ines = activate(person("volunteer.ines"), supporter, "French, English", "Europe/Paris", mika.id());
		enrolments.reassign(ines.id(), ola.id(), "Closer time zone for evening shifts");
		log(noor, 3, "Evening shift in #support", true);
		log(noor, 2, "Welcomed newcomers", null);
		log(ben, 4, "Replies from the queue", true);
		log(ben, 9, "Entered by mistake", false);

		// A paused volunteer, one who wound down, and one removed permanently.
		Enrolment tomas = activate(demoPerson("volunteer.tomas", "Tomás Silva", Role.APPLICANT), supporter,
				"Portuguese, English", "Europe/Lisbon", mika.id());
		enrolments.pause(tomas.id(), as(tomas.volunteer()), LocalDate.now().plusWeeks(3));
		Enrolment lee = activate(demoPerson("volunteer.lee", "Lee Park", Role.APPLICANT), responder, "Korean, English",
				"Asia/Seoul", forumLead.id());
		enrolments.windDown(lee.id(), as(lee.volunteer()), "Moving abroad; it was a joy to serve");
		Enrolment dana = activate(demoPerson("volunteer.dana", "Dana Fox", Role.APPLICANT), responder, "English",
				"Europe/London", forumLead.id());
		access.removePermanently(dana.volunteer(),
				"Advised a member to harm themselves; staff decided on permanent removal");

		// A lead away with cover, and a background check about to expire.
		leads.goAway(mika.id(), LocalDate.now().plusDays(10), ola.id());
		Enrolment sol = activate(demoPerson("volunteer.sol", "Sol Rahman", Role.APPLICANT), swatMember,
				"English, Bengali", "Asia/Dhaka", person("swat").id());
		checks.record(sol.volunteer(), BackgroundCheckStatus.CLEAR, "DEMO-CHK-SOL-RENEWAL",
				LocalDate.now().plusDays(25));

		// Applications in every other state.
		PersonSummary riley = person("applicant");
		onboarding.apply(riley.id(), supporter.id(), details("English", "America/Chicago"));
		PersonSummary kai = person("applicant.kai");
		Application kaiApplication = accept(
				onboarding.apply(kai.id(), swatMember.id(), details("English, Irish", "Europe/Dublin")));
		passCourse(kai.id(), "Foundations of Peer Support");
		acknowledgements.acknowledge(kai.id(), "sexual-abuse-policy", 1);
		onboarding.answerAge(kaiApplication.id(), as(kai.id()), true);
		checks.record(kai.id(), BackgroundCheckStatus.PENDING, "DEMO-CHK-KAI", null);

		PersonSummary sky = demoPerson("applicant.sky", "Sky Moreno", Role.APPLICANT);
		Application skyApplication = onboarding.apply(sky.id(), responder.id(), details("English", "America/Denver"));
		onboarding.decline(skyApplication.id(),
				"We're not taking new forum responders this season; we'd love to hear from you in spring.",
				skyApplication.version());
		PersonSummary jun = demoPerson("applicant.jun", "Jun Sato", Role.APPLICANT);
		onboarding.withdraw(onboarding.apply(jun.id(), supporter.id(), details("Japanese", "Asia/Tokyo")).id(),
				as(jun.id()));
		PersonSummary ari = demoPerson("applicant.ari", "Ari Cohen", Role.APPLICANT);
		Application ariApplication = accept(
				onboarding.apply(ari.id(), swatMember.id(), details("Hebrew, English", "Asia/Jerusalem")));
		checks.record(ari.id(), BackgroundCheckStatus.FAILED, "DEMO-CHK-ARI", null);
		onboarding.disqualify(ariApplication.id(), ariApplication.version());

		// A new policy version asks every volunteer in service again; only Noor has read
		// it so far.
		policies.publishVersion("sexual-abuse-policy",
				DemoTexts.SEXUAL_ABUSE_POLICY
						+ "\n\nIf a member tells you about abuse, tell your lead and staff the same day.",
				"Adds how to pass on a disclosure");
		acknowledgements.acknowledge(noor.volunteer(), "sexual-abuse-policy", 2);
	}

	/** The courses the demo's roles ask for; they exist before any role names them. */
	void createCourses() {
		courses.create("Foundations of Peer Support", "What peer support is, and what it is not.", 80, """
				# Welcome
				Peer support means offering what you have **lived**, not what you have studied. You listen first.

				# Refer and defer
				Peer support does not replace professional or crisis support. When someone is at risk:

				- ask directly about suicide; it does not put the idea in anyone's head
				- share the crisis resources for their country
				- tell your lead, and ask for a debrief afterwards

				# Looking after yourself
				Set boundaries, check in with your lead each week, and pause when you need to.
				""", """
				? Someone tells you they are thinking of ending their life. What do you do?
				- Change the subject to something lighter
				* Ask them directly, listen, and share crisis resources
				- Tell them which medication would help
				? Where does the support you give come from?
				* Your own experience
				- Professional expertise
				? After a hard conversation, what do you do?
				- Keep it to yourself
				* Ask your lead for a debrief
				""");
		for (String name : List.of("Leading Volunteers", "Writing Replies That Help", "Crisis Awareness",
				"One-to-One Support")) {
			courses.create(name, "A short course for this role.", 100,
					"# " + name + "\nRead the handbook chapter with your lead.",
					"? Who do you ask when you are unsure?\n* My lead volunteer\n- Nobody\n");
		}
	}

	private Enrolment activate(PersonSummary person, ProgramRole role, String languages, String zone, PersonId lead) {
		Application application = accept(onboarding.apply(person.id(), role.id(), details(languages, zone)));
		for (String course : role.requirements().courses()) {
			passCourse(person.id(), course);
		}
		for (String policy : role.requirements().policies()) {
			acknowledgements.acknowledge(person.id(), policy, policies.policy(policy).orElseThrow().currentVersion());
		}
		if (role.requirements().minimumAge() != null) {
			application = onboardingAnswer(application, person.id());
		}
		if (role.requirements().backgroundCheck()) {
			checks.record(person.id(), BackgroundCheckStatus.CLEAR,
					"DEMO-" + person.id().value().toString().substring(0, 8),
					LocalDate.now().plusMonths(role.requirements().backgroundCheckValidityMonths()));
		}
		Application ready = onboarding.find(application.id()).orElseThrow();
		return enrolments.find(onboarding.activate(ready.id(), lead, ready.version()).id()).orElseThrow();
	}

	private Application onboardingAnswer(Application application, PersonId person) {
		return onboarding.answerAge(application.id(), as(person), true);
	}

	private void passCourse(PersonId person, String name) {
		Course course = courses.named(name).orElseThrow();
		courses.attempt(course.id(), person, course.quiz().questions().stream().map(q -> q.answer()).toList());
	}

	private void log(Enrolment enrolment, int amount, String note, Boolean approve) {
		ServiceEntry entry = serviceLog.log(enrolment.id(), as(enrolment.volunteer()), LocalDate.now(),
				BigDecimal.valueOf(amount), note);
		if (approve != null) {
			Person lead = accounts.findPerson(enrolment.lead()).orElseThrow();
			serviceLog.decide(entry.id(), approve, as(lead.id()));
		}
	}

	private Application accept(Application application) {
		return onboarding.accept(application.id(), application.version());
	}

	private static ApplicationDetails details(String languages, String zone) {
		return ApplicationDetails.offering(Commitment.of(6, 3, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				"Weekday evenings and some Saturdays", languages, zone,
				"Peer support helped me through a hard year, and I'd like to be that for someone else.");
	}

	private HearthUser as(PersonId id) {
		Person person = accounts.findPerson(id).orElseThrow();
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), person.leadType(),
				person.access(), null);
	}

	private PersonSummary person(String name) {
		return accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow();
	}

	private PersonSummary demoPerson(String name, String displayName, Role role) {
		return accounts.createPerson(name + DemoOrganisation.DOMAIN, displayName, role, DemoOrganisation.PASSWORD);
	}

	private PersonSummary lead(String name, String displayName, LeadType type) {
		PersonSummary person = accounts.createPerson(name + DemoOrganisation.DOMAIN, displayName, Role.VOLUNTEER,
				DemoOrganisation.PASSWORD);
		return accounts.changeRole(person.id(), Role.LEAD, type, 0);
	}

	private Program program(String name) {
		return catalog.programs().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	private ProgramRole role(Program program, String name) {
		return catalog.roles(program.id()).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

}
