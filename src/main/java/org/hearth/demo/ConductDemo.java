package org.hearth.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.hearth.conduct.CaseId;
import org.hearth.conduct.CaseStatus;
import org.hearth.conduct.ConductDesk;
import org.hearth.conduct.DecisionId;
import org.hearth.conduct.FeedbackDesk;
import org.hearth.conduct.NewReport;
import org.hearth.conduct.Outcome;
import org.hearth.conduct.ReportCategory;
import org.hearth.conduct.ReportStatus;
import org.hearth.conduct.Reports;
import org.hearth.screening.Severity;
import org.hearth.conduct.Subject;
import org.hearth.conduct.VolunteerConduct;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;

import org.springframework.stereotype.Component;

/**
 * The demo organisation's conduct desk: a case in every state (unreviewed, in review,
 * escalated, appealed, decided, closed), a critical case whose volunteer was suspended at
 * once, a debrief and feedback, so each role has something real to look at.
 */
@Component
class ConductDemo {

	private final Accounts accounts;

	private final Reports reports;

	private final ConductDesk desk;

	private final VolunteerConduct conduct;

	private final FeedbackDesk feedback;

	ConductDemo(Accounts accounts, Reports reports, ConductDesk desk, VolunteerConduct conduct, FeedbackDesk feedback) {
		this.accounts = accounts;
		this.reports = reports;
		this.desk = desk;
		this.conduct = conduct;
		this.feedback = feedback;
	}

	void load() {
		HearthUser sam = user("staff");
		HearthUser jo = user("staff.jo");
		HearthUser mika = user("moderator");
		HearthUser priya = user("swat");
		HearthUser noor = user("volunteer");
		HearthUser ben = user("volunteer.ben");
		HearthUser ines = user("volunteer.ines");
		accounts.createPerson("volunteer.alex" + DemoOrganisation.DOMAIN, "Alex Kim", Role.VOLUNTEER,
				DemoOrganisation.PASSWORD);
		HearthUser alex = user("volunteer.alex");
		Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

		// Closed: an earlier disagreement about Ben, reviewed and closed with no action.
		report(ben, ReportCategory.MISCONDUCT, "Ben left a shift early without telling anyone.", noor, false, lastWeek);
		CaseId closed = decide(ben, Outcome.NO_ACTION,
				"Ben had told his lead about a family emergency; the shift was covered. Nothing to act on.", jo);
		desk.close(closed, version(closed), jo);

		// In review: a lead reports medical advice by Ben, and Sam takes it.
		report(ben, ReportCategory.MEDICAL_ADVICE,
				"Ben told a member to stop taking their antidepressants because \"they just numb you\".", mika, true,
				lastWeek.plus(3, ChronoUnit.DAYS));
		CaseId inReview = openCaseOf(ben);
		desk.assignToMe(inReview, version(inReview), sam);
		desk.addNote(inReview, "Asked Mika for the full thread; the member has been pointed to their doctor.", sam);

		// Decided: shaming by Noor, named by the reporter, with feedback as the outcome.
		report(noor, ReportCategory.SHAMING,
				"Noor replied \"that's a bit dramatic\" to a member describing a panic attack.", ben, true,
				lastWeek.plus(1, ChronoUnit.DAYS));
		decide(noor, Outcome.FEEDBACK,
				"The reply was meant kindly but read as dismissive. Sam will share feedback on validating before reassuring.",
				sam);
		feedback.give(sam, noor.id(),
				"Thank you for showing up on a busy night. When someone shares a panic attack, try reflecting what "
						+ "you hear first (\"that sounds really frightening\") before anything else.",
				false);

		// Appealed: a platform-terms warning for Inès, which she appeals; Jo (not Sam)
		// will decide it.
		report(ines, ReportCategory.PLATFORM_TERMS_VIOLATION,
				"Inès shared a screenshot of a member's DM in a public channel, against the server's rules.", mika,
				false, lastWeek.plus(2, ChronoUnit.DAYS));
		decide(ines, Outcome.WARNING,
				"Sharing private messages publicly breaks the platform's rules and a member's trust; a formal warning.",
				sam);
		DecisionId warning = conduct.decisionsAbout(ines.id()).get(0).id();
		conduct.appeal(warning, "The screenshot was anonymised and I shared it in the volunteers-only channel to ask "
				+ "for advice, not publicly.", ines);

		// Unreviewed: a community member harassing volunteers on the forum.
		reports.file(new NewReport(Subject.member("forum:quiet-river"), ReportCategory.HARASSMENT,
				"This member sends insulting replies to every volunteer who answers their posts.",
				"\"you people are useless\"", null, lastWeek.plus(4, ChronoUnit.DAYS), true, false), noor);

		// Escalated: a conversation where a volunteer may have moved a member to private
		// contact.
		reports.file(new NewReport(Subject.conversation("discord:#late-night-support, 20 Nov 2026"),
				ReportCategory.ROMANTIC_SOLICITATION,
				"A volunteer asked a member for their Instagram \"to keep talking privately\".", null, null,
				lastWeek.plus(5, ChronoUnit.DAYS), false, false), priya);
		CaseId escalated = openCaseOf(Subject.conversation("discord:#late-night-support, 20 Nov 2026"));
		desk.escalate(escalated, version(escalated), "Possible sexual-abuse-policy concern; needs senior staff today.",
				sam);

		// Critical: Priya, a SWAT Facilitator who does not lead Alex, told staff; Jo
		// files
		// the report of self-harm encouragement and Alex is suspended at once.
		report(alex, ReportCategory.SELF_HARM_ENCOURAGEMENT,
				"Priya saw Alex tell a member in crisis \"maybe everyone would be better off\".", jo, true,
				Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES));

		// A debrief: Noor asks her lead to talk a hard conversation through.
		reports.file(new NewReport(null, ReportCategory.EMOTIONAL_DISTRESS,
				"A member's story about losing their brother stayed with me all weekend.", null, null, null, true,
				false), noor);
	}

	private ReportStatus report(HearthUser subject, ReportCategory category, String what, HearthUser reporter,
			boolean named, Instant when) {
		return reports.file(
				new NewReport(Subject.volunteer(subject.id()), category, what, null, null, when, true, named),
				reporter);
	}

	private CaseId decide(HearthUser subject, Outcome outcome, String rationale, HearthUser staff) {
		CaseId id = openCaseOf(subject);
		desk.decide(id, version(id), outcome, rationale, staff);
		return id;
	}

	private CaseId openCaseOf(HearthUser subject) {
		return openCaseOf(Subject.volunteer(subject.id()));
	}

	private CaseId openCaseOf(Subject subject) {
		String name = subject.isVolunteer() ? accounts.find(subject.volunteer()).orElseThrow().displayName()
				: (subject.kind() == org.hearth.conduct.SubjectKind.MEMBER ? "Member " : "Conversation ")
						+ subject.reference();
		return desk.queue(ConductDesk.QueueFilter.open(), null)
			.stream()
			.filter(c -> c.subjectName().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long version(CaseId id) {
		return desk.queue(new ConductDesk.QueueFilter(EnumSet.allOf(CaseStatus.class), Severity.LOW, false), null)
			.stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow()
			.version();
	}

	private HearthUser user(String name) {
		PersonSummary person = accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow();
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), person.leadType(),
				person.access(), null);
	}

}
