package org.hearth.demo;

import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.people.LeadType;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.Platform;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.Requirements;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a believable peer-support organisation once: a Discord peer-support program,
 * forum responders, SWAT and Match, with their policies, and people in every role who
 * share one demo password. Everything is written in one transaction, and only into an
 * empty database (see {@link DemoLoadPolicy}): running it again changes nothing, and on a
 * database that holds anything else it writes nothing and stops the start with the
 * reason.
 */
@Component
@ConditionalOnProperty(name = "hearth.demo.enabled", havingValue = "true")
class DemoOrganisation {

	static final String PASSWORD = "hearth-demo-2026";

	static final String DOMAIN = "@demo.hearth.example";

	static final String ADMIN = "admin" + DOMAIN;

	private static final Log log = LogFactory.getLog(DemoOrganisation.class);

	private final Accounts accounts;

	private final Programs catalog;

	private final Policies policies;

	private final VolunteeringDemo volunteering;

	private final ConductDemo conduct;

	private final Courses courses;

	private final TransactionTemplate transactions;

	DemoOrganisation(Accounts accounts, Programs catalog, Policies policies, VolunteeringDemo volunteering,
			ConductDemo conduct, Courses courses, PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.policies = policies;
		this.volunteering = volunteering;
		this.conduct = conduct;
		this.courses = courses;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void loadOnStart() {
		log.info(
				load() ? "Loaded the demo organisation." : "The demo organisation is already loaded; nothing changed.");
		log.info("""

				Demo organisation: sign in at the address above with any of these, password %s
				  admin%s (admin)           staff%s (staff)
				  moderator%s (lead)        swat%s (lead)        match%s (lead)
				  volunteer%s (volunteer)   applicant%s (applicant)
				  volunteer.tomas%s (paused)  applicant.kai%s (onboarding)  applicant.ari%s (disqualified)
				  volunteer.alex%s is suspended while a critical conduct case is reviewed
				""".formatted(PASSWORD, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN,
				DOMAIN));
	}

	/**
	 * Loads everything in one transaction unless it is already there; returns whether
	 * anything was loaded.
	 * @throws DemoRefused when the database holds anything but the demo
	 */
	boolean load() {
		return Boolean.TRUE.equals(this.transactions.execute(status -> loadIntoEmptyDatabase()));
	}

	private boolean loadIntoEmptyDatabase() {
		var contents = new DemoLoadPolicy.Contents(
				accounts.search(null, null).stream().map(person -> person.email()).toList(), catalog.programs().size(),
				policies.policies().size(), courses.all().size());
		DemoLoadPolicy.Decision decision = DemoLoadPolicy.decide(contents);
		if (decision instanceof DemoLoadPolicy.Decision.Refuse refused) {
			throw new DemoRefused(refused.reason());
		}
		if (decision instanceof DemoLoadPolicy.Decision.AlreadyLoaded) {
			return false;
		}
		person("admin", "Ada Okafor", Role.ADMIN, null);
		person("staff", "Sam Rivera", Role.STAFF, null);
		person("staff.jo", "Jo Lindqvist", Role.STAFF, null);
		person("moderator", "Mika Tanaka", Role.LEAD, LeadType.MODERATOR);
		person("swat", "Priya Nair", Role.LEAD, LeadType.SWAT_FACILITATOR);
		person("match", "Luis Ortega", Role.LEAD, LeadType.MATCH_EXPERIENCE_AMBASSADOR);
		person("volunteer", "Noor Haddad", Role.VOLUNTEER, null);
		person("volunteer.ben", "Ben Carter", Role.VOLUNTEER, null);
		person("volunteer.ines", "Inès Moreau", Role.VOLUNTEER, null);
		person("applicant", "Riley Quinn", Role.APPLICANT, null);
		person("applicant.kai", "Kai Brennan", Role.APPLICANT, null);

		policies.createPolicy("code-of-conduct", "Code of Conduct", DemoTexts.CODE_OF_CONDUCT);
		policies.createPolicy("sexual-abuse-policy", "Sexual abuse policy", DemoTexts.SEXUAL_ABUSE_POLICY);
		policies.publishVersion("code-of-conduct", DemoTexts.CODE_OF_CONDUCT + DemoTexts.CODE_OF_CONDUCT_ADDENDUM,
				"Adds how to ask for a debrief after a hard conversation");

		volunteering.createCourses();
		Set<String> both = Set.of("code-of-conduct", "sexual-abuse-policy");
		Program discord = catalog.createProgram("Discord Peer Support",
				"Volunteers keep our Discord server a warm place: they welcome newcomers, listen in the support "
						+ "channels and point people to crisis lines when it's more than peers can hold.",
				Platform.DISCORD);
		catalog.createRole(discord.id(), "Peer Supporter",
				"Listens and responds in the support channels during scheduled shifts.",
				Commitment.of(6, 2, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK),
				new Requirements(Set.of("Foundations of Peer Support"), false, null, both, 18));
		catalog.createRole(discord.id(), "Platform Moderator",
				"Leads a group of peer supporters, holds weekly check-ins and keeps the server safe.",
				Commitment.of(12, 5, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				new Requirements(Set.of("Foundations of Peer Support", "Leading Volunteers"), true, 24, both, 21));

		Program forum = catalog.createProgram("Forum Responders",
				"Responders write thoughtful replies to the stories people share on our anonymous forum.",
				Platform.FORUM);
		catalog.createRole(forum.id(), "Forum Responder",
				"Replies to posts from the queue with care, from personal experience.",
				Commitment.of(3, 3, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK), new Requirements(
						Set.of("Foundations of Peer Support", "Writing Replies That Help"), false, null, both, 18));

		Program swat = catalog.createProgram("SWAT",
				"Our crisis-aware team: facilitators and trained members who step in when someone in the community is "
						+ "at risk, and connect them with professional help.",
				Platform.DISCORD);
		catalog.createRole(swat.id(), "SWAT Member",
				"Responds to crisis alerts alongside a SWAT Facilitator and hands over to crisis lines.",
				Commitment.of(6, 1, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK),
				new Requirements(Set.of("Foundations of Peer Support", "Crisis Awareness"), true, 12, both, 21));

		Program match = catalog.createProgram("Match",
				"One-to-one support: a member is matched with a volunteer for regular conversations over a season.",
				Platform.OTHER);
		catalog.createRole(match.id(), "Match Companion",
				"Meets one matched member each week and keeps their Match Experience Ambassador in the loop.",
				Commitment.of(4, 1, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				new Requirements(Set.of("Foundations of Peer Support", "One-to-One Support"), true, 24, both, 21));
		volunteering.load();
		conduct.load();
		return true;
	}

	private PersonSummary person(String name, String displayName, Role role, LeadType leadType) {
		if (role != Role.LEAD) {
			return accounts.createPerson(name + DOMAIN, displayName, role, PASSWORD);
		}
		PersonSummary person = accounts.createPerson(name + DOMAIN, displayName, Role.VOLUNTEER, PASSWORD);
		return accounts.changeRole(person.id(), Role.LEAD, leadType, 0);
	}

}
