package org.hearth.conduct;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.hearth.shared.NotFound;
import org.hearth.audit.AuditLog;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a volunteer sees of the decisions about them: the outcome and the reasons, what
 * the case was about and who raised it only where the reporter allowed their name to be
 * shown. They may respond to a decision and appeal it once.
 */
@Service
public class VolunteerConduct {

	private final CaseStore cases;

	private final ReportStore reports;

	private final Names names;

	private final AuditLog audit;

	private final Clock clock;

	VolunteerConduct(CaseStore cases, ReportStore reports, Names names, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.reports = reports;
		this.names = names;
		this.audit = audit;
		this.clock = clock;
	}

	/** A decision as the volunteer it is about reads it. */
	public record DecisionNotice(DecisionId id, long caseReference, List<String> about, List<String> raisedBy,
			Outcome outcome, String rationale, Instant decidedAt, boolean onAppeal, String response, String appeal,
			boolean mayRespond, boolean mayAppeal, Outcome overturnedTo) {

		/** Whether an appeal changed this decision to another outcome. */
		public boolean overturned() {
			return overturnedTo != null;
		}

	}

	@Transactional(readOnly = true)
	public List<DecisionNotice> decisionsAbout(PersonId volunteer) {
		var notices = new ArrayList<DecisionNotice>();
		for (ConductCase c : cases.aboutVolunteer(volunteer)) {
			List<Report> caseReports = reports.ofCase(c.id());
			List<String> about = caseReports.stream().map(r -> r.category().label()).distinct().toList();
			List<String> raisedBy = caseReports.stream()
				.map(r -> r.raisedByForSubject(r.namedToSubject() ? names.of(r.reporter()) : null))
				.distinct()
				.toList();
			List<Decision> newestFirst = new ArrayList<>(c.decisions());
			Collections.reverse(newestFirst);
			for (Decision d : newestFirst) {
				String response = c.replyTo(d.id(), Reply.Kind.RESPONSE).map(Reply::text).orElse(null);
				String appeal = c.replyTo(d.id(), Reply.Kind.APPEAL).map(Reply::text).orElse(null);
				boolean latest = c.latestDecision().map(Decision::id).map(d.id()::equals).orElse(false);
				Outcome overturnedTo = c.decisions()
					.stream()
					.filter(later -> d.id().equals(later.onAppealOf()) && later.outcome() != d.outcome())
					.map(Decision::outcome)
					.findFirst()
					.orElse(null);
				notices.add(new DecisionNotice(d.id(), c.reference(), about, raisedBy, d.outcome(), d.rationale(),
						d.decidedAt(), d.onAppeal(), response, appeal, response == null,
						appeal == null && latest && !d.onAppeal() && !c.status().isOpen(), overturnedTo));
			}
		}
		return notices;
	}

	/** One decision about the volunteer, as they read it. */
	@Transactional(readOnly = true)
	public Optional<DecisionNotice> decisionAbout(PersonId volunteer, DecisionId decision) {
		return decisionsAbout(volunteer).stream().filter(notice -> notice.id().equals(decision)).findFirst();
	}

	@Transactional
	public void respond(DecisionId decision, String text, HearthUser volunteer) {
		ConductCase c = caseOf(decision, volunteer);
		Reply reply = c.respond(decision, volunteer.id(), text, clock.instant());
		cases.insertReply(reply);
		cases.addEntry(c.id(), CaseEntry.Kind.RESPONSE, reply.text(), volunteer.id(), volunteer.displayName(),
				reply.at());
		audit.record("conduct.decision-response", "conduct-case", c.id(), "The volunteer responded");
	}

	@Transactional
	public void appeal(DecisionId decision, String text, HearthUser volunteer) {
		ConductCase c = caseOf(decision, volunteer);
		Reply appeal = c.appeal(decision, volunteer.id(), text, clock.instant());
		cases.update(c);
		cases.insertReply(appeal);
		cases.addEntry(c.id(), CaseEntry.Kind.APPEAL, appeal.text(), volunteer.id(), volunteer.displayName(),
				appeal.at());
		audit.record("conduct.decision-appealed", "conduct-case", c.id(), "The volunteer appealed");
	}

	private ConductCase caseOf(DecisionId decision, HearthUser volunteer) {
		return cases.findByDecision(decision)
			.filter(c -> c.subject().isVolunteer() && c.subject().volunteer().equals(volunteer.id()))
			.orElseThrow(() -> new NotFound("There is no decision here for you."));
	}

}
