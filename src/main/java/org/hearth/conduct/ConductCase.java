package org.hearth.conduct;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;
import org.hearth.screening.Severity;

import org.springframework.modulith.NamedInterface;

/**
 * A case about one subject that staff review individually. It guards its own transitions:
 * reports join it while it is open; a decision needs an outcome that fits the subject and
 * a written rationale; decisions are only ever added (reopening adds, never edits); the
 * volunteer may appeal a decision once, and a different staff member decides the appeal.
 */
@NamedInterface("web")
public final class ConductCase {

	static final int MINIMUM_RATIONALE = 20;

	private final CaseId id;

	private final long reference;

	private final Subject subject;

	private String title;

	private Severity severity;

	private CaseStatus status;

	private PersonId assignee;

	private final Instant openedAt;

	private Instant updatedAt;

	private final long version;

	private final List<Decision> decisions;

	private final List<Reply> replies;

	ConductCase(CaseId id, long reference, Subject subject, String title, Severity severity, CaseStatus status,
			PersonId assignee, Instant openedAt, Instant updatedAt, long version, List<Decision> decisions,
			List<Reply> replies) {
		this.id = id;
		this.reference = reference;
		this.subject = subject;
		this.title = title;
		this.severity = severity;
		this.status = status;
		this.assignee = assignee;
		this.openedAt = openedAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.decisions = new ArrayList<>(decisions);
		this.replies = new ArrayList<>(replies);
	}

	/**
	 * Opens a case that waits for review; a critical one goes to the top of the queue.
	 */
	public static ConductCase open(Subject subject, String title, Severity severity, Instant now) {
		return new ConductCase(CaseId.random(), 0, subject, title, severity, CaseStatus.UNREVIEWED, null, now, now, 0,
				List.of(), List.of());
	}

	/**
	 * Whether a new report about the same subject joins this case rather than opening
	 * another.
	 */
	public boolean acceptsReports() {
		return status.isOpen();
	}

	/** The longest title a case keeps (the database's limit). */
	static final int MAX_TITLE = 200;

	/** Ends a title whose concerns do not all fit. */
	static final String MORE = "and more";

	/**
	 * A further report joins: the case becomes as severe as its most severe report. Until
	 * a decision is made, its title names every concern reported: the one that made it
	 * more severe first, then the others from the most severe kind down (an open
	 * harassment case that a self-harm encouragement joins reads "Encouraging someone to
	 * harm themselves, Harassment …" in the queue, not "Harassment" at critical
	 * severity); when they do not all fit in {@link #MAX_TITLE} characters, the title
	 * ends "{@value #MORE}" (the case's reports list them all). Once decided, the title
	 * stays what the decision was about.
	 */
	public void join(Severity reportSeverity, String concern, Instant now) {
		requireOpen("A decided case takes no new reports; they open a new case.");
		boolean raised = severity.atLeast(reportSeverity) != severity;
		severity = severity.atLeast(reportSeverity);
		if (decisions.isEmpty()) {
			title = titleWith(concern, raised);
		}
		updatedAt = now;
	}

	private String titleWith(String concern, boolean raised) {
		List<String> concerns = new ArrayList<>(List.of(title.split(", ")));
		boolean more = concerns.remove(MORE);
		if (concerns.contains(concern)) {
			return title;
		}
		String first = raised ? concern : concerns.get(0);
		List<String> rest = new ArrayList<>(concerns);
		rest.add(concern);
		rest.remove(first);
		rest.sort(java.util.Comparator.comparing(ConductCase::kindSeverity).reversed());
		List<String> named = new ArrayList<>();
		named.add(first);
		named.addAll(rest);
		for (int shown = named.size(); shown >= 1; shown--) {
			String head = String.join(", ", named.subList(0, shown));
			String candidate = shown == named.size() && !more ? head : head + ", " + MORE;
			if (candidate.length() <= MAX_TITLE) {
				return candidate;
			}
		}
		return first.length() <= MAX_TITLE ? first : first.substring(0, MAX_TITLE - 1) + "…";
	}

	/** The default severity of the kind of report a concern names; low when unknown. */
	private static Severity kindSeverity(String concern) {
		for (ReportCategory category : ReportCategory.values()) {
			if (category.label().equals(concern)) {
				return category.defaultSeverity();
			}
		}
		return Severity.LOW;
	}

	/** A staff member takes the case; an unreviewed case is now in review. */
	public void assign(PersonId staff, Instant now) {
		requireOpen("This case is already decided. Reopen it to review it again.");
		assignee = staff;
		if (status == CaseStatus.UNREVIEWED) {
			status = CaseStatus.IN_REVIEW;
		}
		updatedAt = now;
	}

	/** Asks for a second look from senior staff; the case stays open. */
	public void escalate(Instant now) {
		requireOpen("This case is already decided. Reopen it to escalate it.");
		if (status == CaseStatus.APPEALED) {
			throw new RequestRefused("An appeal is waiting: decide the appeal rather than escalating.");
		}
		status = CaseStatus.ESCALATED;
		severity = severity.atLeast(Severity.HIGH);
		updatedAt = now;
	}

	/**
	 * What of a decision or a reply a refusal is about: the outcome chosen, the rationale
	 * written, or the volunteer's own words.
	 */
	public enum Part implements RequestRefused.Part {

		OUTCOME, RATIONALE, REPLY

	}

	/** Decides the case: one outcome with a written rationale, by one staff member. */
	public Decision decide(Outcome outcome, String rationale, PersonId by, String byName, Instant now) {
		if (status == CaseStatus.APPEALED) {
			throw new RequestRefused(Part.OUTCOME,
					"The volunteer appealed the last decision. Decide the appeal instead.");
		}
		requireOpen("This case is already decided. Reopen it to add a new decision.");
		Decision decision = new Decision(DecisionId.random(), id, checkFits(outcome), checkRationale(rationale), by,
				byName, now, null);
		decisions.add(decision);
		status = CaseStatus.DECIDED;
		updatedAt = now;
		return decision;
	}

	/**
	 * The volunteer appeals the latest decision about them; each decision can be appealed
	 * once.
	 */
	public Reply appeal(DecisionId decisionId, PersonId by, String text, Instant now) {
		Decision decision = requireRepliable(decisionId, by, text);
		if (decision.onAppeal()) {
			throw new RequestRefused(Part.REPLY, "This decision was made on your appeal and is final.");
		}
		if (replyTo(decisionId, Reply.Kind.APPEAL).isPresent()) {
			throw new RequestRefused(Part.REPLY,
					"You have already appealed this decision; a decision can be appealed once.");
		}
		if (!latestDecision().map(Decision::id).orElseThrow().equals(decisionId) || status.isOpen()) {
			throw new RequestRefused(Part.REPLY, "Only the latest decision on a case can be appealed.");
		}
		Reply appeal = new Reply(UUID.randomUUID(), decisionId, Reply.Kind.APPEAL, text.strip(), by, now);
		replies.add(appeal);
		status = CaseStatus.APPEALED;
		updatedAt = now;
		return appeal;
	}

	/**
	 * The volunteer answers a decision in their own words, once; the case is unchanged.
	 */
	public Reply respond(DecisionId decisionId, PersonId by, String text, Instant now) {
		requireRepliable(decisionId, by, text);
		if (replyTo(decisionId, Reply.Kind.RESPONSE).isPresent()) {
			throw new RequestRefused(Part.REPLY, "You have already responded to this decision.");
		}
		Reply response = new Reply(UUID.randomUUID(), decisionId, Reply.Kind.RESPONSE, text.strip(), by, now);
		replies.add(response);
		return response;
	}

	/**
	 * Decides an appeal; the staff member who made the appealed decision may not decide
	 * it.
	 */
	public Decision decideAppeal(Outcome outcome, String rationale, PersonId by, String byName, Instant now) {
		if (status != CaseStatus.APPEALED) {
			throw new RequestRefused("There is no appeal waiting on this case.");
		}
		Decision appealed = latestDecision().orElseThrow();
		if (appealed.decidedBy().equals(by)) {
			throw new RequestRefused(Part.OUTCOME, "An appeal is decided by a different staff member from the one who "
					+ "made the decision. Ask a colleague to decide it.");
		}
		Decision decision = new Decision(DecisionId.random(), id, checkFits(outcome), checkRationale(rationale), by,
				byName, now, appealed.id());
		decisions.add(decision);
		status = CaseStatus.DECIDED;
		updatedAt = now;
		return decision;
	}

	/**
	 * Opens a decided or closed case for review again; earlier decisions stay as they
	 * were.
	 */
	public void reopen(Instant now) {
		if (status != CaseStatus.DECIDED && status != CaseStatus.CLOSED) {
			throw new RequestRefused("This case is still open; there is nothing to reopen.");
		}
		status = CaseStatus.IN_REVIEW;
		updatedAt = now;
	}

	/** Closes a decided case. */
	public void close(Instant now) {
		if (status != CaseStatus.DECIDED) {
			throw new RequestRefused(status == CaseStatus.CLOSED ? "This case is already closed."
					: "Only a decided case can be closed.");
		}
		status = CaseStatus.CLOSED;
		updatedAt = now;
	}

	public Optional<Decision> latestDecision() {
		return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
	}

	public Optional<Reply> replyTo(DecisionId decision, Reply.Kind kind) {
		return replies.stream().filter(reply -> reply.decision().equals(decision) && reply.kind() == kind).findFirst();
	}

	private Decision requireRepliable(DecisionId decisionId, PersonId by, String text) {
		Decision decision = decisions.stream()
			.filter(candidate -> candidate.id().equals(decisionId))
			.findFirst()
			.orElseThrow(() -> new RequestRefused("There is no such decision on this case."));
		if (!subject.isVolunteer() || !subject.volunteer().equals(by)) {
			throw new RequestRefused("Only the volunteer a decision is about can answer or appeal it.");
		}
		if (text == null || text.isBlank()) {
			throw new RequestRefused(Part.REPLY, "Write a few words so staff understand your view.");
		}
		if (text.length() > 8000) {
			throw new RequestRefused(Part.REPLY, "Please keep it under 8,000 characters.");
		}
		return decision;
	}

	private Outcome checkFits(Outcome outcome) {
		if (outcome == null) {
			throw new RequestRefused(Part.OUTCOME, "Choose an outcome, even if it is no action.");
		}
		if (outcome.onlyForVolunteers() && !subject.isVolunteer()) {
			throw new RequestRefused(Part.OUTCOME, outcome.label()
					+ " applies to volunteers only; this case is about a " + subject.kind().name().toLowerCase() + ".");
		}
		return outcome;
	}

	private static String checkRationale(String rationale) {
		if (rationale == null || rationale.strip().length() < MINIMUM_RATIONALE) {
			throw new RequestRefused(Part.RATIONALE, "Write the reasons for this decision (at least "
					+ MINIMUM_RATIONALE + " characters); the volunteer will read them.");
		}
		return rationale.strip();
	}

	private void requireOpen(String message) {
		if (!status.isOpen()) {
			throw new RequestRefused(message);
		}
	}

	public CaseId id() {
		return id;
	}

	public long reference() {
		return reference;
	}

	public Subject subject() {
		return subject;
	}

	public String title() {
		return title;
	}

	public Severity severity() {
		return severity;
	}

	public CaseStatus status() {
		return status;
	}

	public PersonId assignee() {
		return assignee;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/**
	 * The version read, checked when the case is saved so a concurrent change is refused,
	 * not overwritten.
	 */
	public long version() {
		return version;
	}

	public List<Decision> decisions() {
		return List.copyOf(decisions);
	}

	public List<Reply> replies() {
		return List.copyOf(replies);
	}

}
