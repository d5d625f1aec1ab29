package org.hearth.care;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hearth.audit.AuditLog;
import org.hearth.care.Escalation.Outcome;
import org.hearth.care.Escalation.Rung;
import org.hearth.care.Escalation.Trigger;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Platform;
import org.hearth.screening.Severity;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Volunteers;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member who may be in danger is answered and a person is alerted: the member's reply
 * with crisis resources goes into their platform's outbox, the facilitator on duty (and
 * the lead of the volunteer who raised it) is alerted at once, staff too when it is
 * critical or nobody is on duty, and an alert nobody acknowledges climbs to staff, then
 * to admins. Every step is on the escalation's ladder and in the audit log.
 */
@Service
public class Escalations {

	private static final Log log = LogFactory.getLog(Escalations.class);

	private final EscalationStore store;

	private final MemberStore members;

	private final CrisisResources resources;

	private final DutyRota rota;

	private final Volunteers volunteers;

	private final CareAlerts alerts;

	private final CareSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	Escalations(EscalationStore store, MemberStore members, CrisisResources resources, DutyRota rota,
			Volunteers volunteers, CareAlerts alerts, CareSettings settings, AuditLog audit, Clock clock) {
		this.store = store;
		this.members = members;
		this.resources = resources;
		this.rota = rota;
		this.volunteers = volunteers;
		this.alerts = alerts;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What opens an escalation.
	 *
	 * @param triggerRef the trigger's own reference (a screening or report id), so the
	 * same trigger opens one escalation however often it is delivered; {@code null} for a
	 * volunteer's concern
	 * @param raisedBy the volunteer who raised it, whose lead is alerted too
	 */
	public record NewEscalation(Trigger trigger, String triggerRef, Member.Handle member, PersonId raisedBy,
			String summary, String excerpt, Severity severity) {
	}

	/** A line of the escalations list. */
	public record EscalationSummary(EscalationId id, long reference, String member, Trigger trigger, Severity severity,
			Escalation.Status status, Rung rung, Instant openedAt) {
	}

	/** One step on the ladder, as the escalation page shows it. */
	public record Step(Instant at, String kind, String detail) {
	}

	/** Everything the escalation page shows. */
	public record EscalationFile(Escalation escalation, Member member, String raisedBy, String acknowledgedBy,
			String closedBy, List<Step> ladder, List<OutboxMessage> replies, ResourcePick resources) {
	}

	@Transactional
	public EscalationId open(NewEscalation n) {
		Instant now = clock.instant();
		Member member = members.findOrCreate(n.member(), now);
		if (n.triggerRef() != null) {
			Optional<Escalation> existing = store.findByTrigger(n.triggerRef());
			if (existing.isPresent()) {
				return existing.get().id();
			}
		}
		Optional<Escalation> underWay = store.openAbout(member.id()).stream().findFirst().flatMap(store::find);
		if (underWay.isPresent()) {
			return joinUnderWay(underWay.get(), n, now);
		}
		var escalation = Escalation.open(n.trigger(), member.id(), n.raisedBy(), n.summary(), n.excerpt(), n.severity(),
				now);
		boolean nobodyOnDuty = rota.onDutyNow().toAlert().isEmpty();
		Map<PersonId, String> first = firstRung(escalation);
		if (first.isEmpty()) {
			escalation.startWith(Rung.STAFF, now);
		}
		if (!store.insert(escalation, n.triggerRef())) {
			return joinWhatWasStoredMeanwhile(member, n, now);
		}
		Escalation stored = store.find(escalation.id()).orElseThrow();
		step(stored, now, "OPENED", n.trigger().label() + " (" + n.severity().name().toLowerCase() + ").");

		ResourcePick pick = resources.pick(member.country(), member.language());
		store.queueReply(stored.id(), n.member(), reply(pick), now);
		if (n.member().platform() == Platform.OTHER) {
			step(stored, now, "REPLY_QUEUED", "A reply with " + resourceCount(pick) + " is written for "
					+ n.member().handle() + ", but no integration carries replies "
					+ (n.member().platformGiven() == null ? "to a member whose platform was not given"
							: "to \u201c" + n.member().platformGiven() + "\u201d, which is not a platform Hearth knows")
					+ ", so the member is recorded under other. Please reach them yourselves where they are, with the "
					+ "reply below. " + pick.reason());
		}
		else {
			step(stored, now, "REPLY_QUEUED", "A reply with " + resourceCount(pick) + " is waiting for "
					+ n.member().platform().code() + " to carry it to " + n.member().handle() + ". " + pick.reason());
		}

		if (first.isEmpty()) {
			step(stored, now, "NOBODY_ON_DUTY", "Nobody is on duty right now, so staff were alerted at once.");
			alertRung(stored, Rung.STAFF, now);
		}
		else {
			alert(stored, first, now, "ALERTED", "Alerted at once: ");
			if (nobodyOnDuty) {
				// Only the raising volunteer's lead was reached, and they are not on
				// duty.
				step(stored, now, "NOBODY_ON_DUTY",
						"Nobody is on duty right now, so staff were alerted at once as well.");
				alertRung(stored, Rung.STAFF, now);
			}
			else if (stored.critical()) {
				step(stored, now, "CRITICAL", "A plan, the means or a goodbye: staff were alerted at once as well.");
				alertRung(stored, Rung.STAFF, now);
			}
		}
		return stored.id();
	}

	/**
	 * The insert met an escalation stored at the same moment by another thread or
	 * instance: the same trigger delivered twice, or another message of the same member.
	 * Its transaction has committed by now (the insert waited for it), so it is read and
	 * joined.
	 */
	private EscalationId joinWhatWasStoredMeanwhile(Member member, NewEscalation n, Instant now) {
		if (n.triggerRef() != null) {
			Optional<Escalation> same = store.findByTrigger(n.triggerRef());
			if (same.isPresent()) {
				return same.get().id();
			}
		}
		Escalation underWay = store.openAbout(member.id())
			.stream()
			.findFirst()
			.flatMap(store::find)
			.orElseThrow(() -> new IllegalStateException("An escalation about member " + member.id()
					+ " was stored meanwhile but cannot be read; the event stays for another try"));
		return joinUnderWay(underWay, n, now);
	}

	/**
	 * A member someone is already helping wrote again, or someone else raised them: the
	 * news joins that escalation instead of opening a second one, so the member gets no
	 * second reply and the people on it see everything in one place. Whoever has it (or
	 * the rung now alerted) hears of it at once, and staff too when it is critical.
	 */
	private EscalationId joinUnderWay(Escalation escalation, NewEscalation n, Instant now) {
		String marker = n.triggerRef() == null ? null : "[" + n.triggerRef() + "]";
		if (marker != null && store.steps(escalation.id()).stream().anyMatch(s -> s.detail().endsWith(marker))) {
			return escalation.id();
		}
		step(escalation, now, "MORE_NEWS",
				n.trigger().label() + " (" + n.severity().name().toLowerCase() + "): " + n.summary()
						+ (n.excerpt() == null ? "" : " In their words: \u201c" + n.excerpt() + "\u201d")
						+ (marker == null ? "" : " " + marker));
		if (escalation.acknowledgedBy() != null) {
			alert(escalation, Map.of(escalation.acknowledgedBy(), alerts.nameOf(escalation.acknowledgedBy())), now,
					"ALERTED", "Told of the new message: ");
		}
		else {
			alertRung(escalation, escalation.rung(), now);
		}
		if (n.severity() == Severity.CRITICAL && !escalation.critical()) {
			step(escalation, now, "CRITICAL", "A plan, the means or a goodbye: staff were alerted at once as well.");
			alertRung(escalation, Rung.STAFF, now);
		}
		return escalation.id();
	}

	/**
	 * The first rung: the SWAT Facilitators on duty (or other leads on duty when none
	 * is), and the lead of the volunteer who raised it.
	 */
	private Map<PersonId, String> firstRung(Escalation escalation) {
		var recipients = new LinkedHashMap<PersonId, String>();
		for (var person : rota.onDutyNow().toAlert()) {
			recipients.put(person.person(), person.name() + " (" + person.roleLabel() + " on duty)");
		}
		if (escalation.raisedBy() != null) {
			volunteers.leadFor(escalation.raisedBy())
				.ifPresent(lead -> recipients.putIfAbsent(lead,
						alerts.nameOf(lead) + " (lead of the volunteer who raised it)"));
		}
		return recipients;
	}

	/**
	 * Moves every escalation nobody acknowledged in time to the next rung and alerts it.
	 * Safe with several instances: each escalation is claimed with a row lock that the
	 * others skip. Returns how many climbed.
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = clock.instant();
		int climbed = 0;
		for (Escalation escalation : store.claimOverdue(now.minus(settings.acknowledgeWithin()), 50)) {
			Rung from = escalation.rung();
			Rung to = escalation.climb(now);
			store.update(escalation);
			step(escalation, now, "ESCALATED", "Not acknowledged within " + minutes(settings.acknowledgeWithin())
					+ " by " + from.label().toLowerCase() + ": " + to.label().toLowerCase() + " alerted.");
			alertRung(escalation, to, now);
			climbed++;
		}
		return climbed;
	}

	/**
	 * Chases every acknowledged escalation whose outcome is overdue: the person who has
	 * it is reminded first, then, as long again without an outcome, staff are asked to
	 * follow up. Each reminder is a step on the ladder. Safe with several instances, as
	 * {@link #escalateOverdue()} is. Returns how many reminders went.
	 */
	@Transactional
	public int remindUnrecordedOutcomes() {
		Instant now = clock.instant();
		String minutes = minutes(settings.outcomeWithin());
		int reminded = 0;
		for (Escalation escalation : store.claimUnrecorded(now.minus(settings.outcomeWithin()), 50)) {
			Escalation.Reminded who = escalation.remindOfOutcome(now);
			store.update(escalation);
			String subject = "Please record what was done — escalation #" + escalation.reference();
			String link = "/care/escalations/" + escalation.id();
			if (who == Escalation.Reminded.ACKNOWLEDGER) {
				String name = alerts.nameOf(escalation.acknowledgedBy());
				alerts.urgent(Map.of(escalation.acknowledgedBy(), name), subject,
						"You acknowledged this alert " + minutes + " ago and no outcome is recorded yet. "
								+ "Please record what was done for the member, or pass it on if you cannot follow "
								+ "it through.",
						link);
				step(escalation, now, "OUTCOME_REMINDER", "No outcome recorded within " + minutes
						+ " of the acknowledgement: " + name + " was reminded.");
			}
			else {
				Map<PersonId, String> staff = alerts.everyone(Role.STAFF);
				if (staff.isEmpty()) {
					staff = alerts.everyone(Role.ADMIN);
				}
				alerts.urgent(staff, subject,
						alerts.nameOf(escalation.acknowledgedBy()) + " acknowledged this alert and was reminded "
								+ minutes + " ago, and still no outcome is recorded. Please check that "
								+ "someone has reached the member, and record what was done.",
						link);
				store.recordAlerted(escalation.id(), staff.keySet());
				step(escalation, now, "OUTCOME_REMINDER",
						"Still no outcome " + minutes + " after the reminder: staff were asked to follow up ("
								+ String.join(", ", staff.values()) + ").");
			}
			reminded++;
		}
		return reminded;
	}

	private void alertRung(Escalation escalation, Rung rung, Instant now) {
		Map<PersonId, String> recipients = switch (rung) {
			case ON_DUTY -> firstRung(escalation);
			case STAFF -> alerts.everyone(Role.STAFF);
			case ADMINS -> alerts.everyone(Role.ADMIN);
		};
		if (recipients.isEmpty() && rung == Rung.STAFF) {
			recipients = alerts.everyone(Role.ADMIN);
		}
		if (recipients.isEmpty()) {
			log.error("Escalation #" + escalation.reference() + " could not alert anyone: nobody has the role for "
					+ rung.label());
			step(escalation, now, "NOBODY_TO_ALERT", "Nobody could be alerted at the rung " + rung.label()
					+ ": there is no one in that role. Add staff in the admin pages.");
			return;
		}
		alert(escalation, recipients, now, "ALERTED", rung.label() + " alerted: ");
	}

	private void alert(Escalation escalation, Map<PersonId, String> recipients, Instant now, String kind,
			String prefix) {
		String subject = "A member may be in danger — escalation #" + escalation.reference();
		String body = escalation.trigger().label() + (escalation.critical() ? ", and it is critical" : "") + ". "
				+ "Please open the escalation now, say you have it, and reach out. Crisis resources were queued for "
				+ "the member.";
		alerts.urgent(recipients, subject, body, "/care/escalations/" + escalation.id());
		store.recordAlerted(escalation.id(), recipients.keySet());
		step(escalation, now, kind, prefix + String.join(", ", recipients.values()) + ".");
	}

	/**
	 * Someone on a rung cannot take it: the next rung is alerted now rather than after
	 * the timeout.
	 */
	@Transactional
	public void passUp(EscalationId id, long version, HearthUser by) {
		Escalation escalation = forAction(id, version, by);
		if (escalation.status() != Escalation.Status.OPEN || escalation.rung() == Rung.ADMINS) {
			throw new RequestRefused("Someone already has this alert, or it is with the admins already.");
		}
		Instant now = clock.instant();
		Rung to = escalation.climb(now);
		store.update(escalation);
		step(escalation, now, "PASSED_UP",
				by.displayName() + " asked for help now: " + to.label().toLowerCase() + " alerted.");
		alertRung(escalation, to, now);
	}

	@Transactional
	public void acknowledge(EscalationId id, long version, HearthUser by) {
		Escalation escalation = forAction(id, version, by);
		Instant now = clock.instant();
		escalation.acknowledge(by.id(), now);
		store.update(escalation);
		step(escalation, now, "ACKNOWLEDGED", by.displayName() + " has it.");
	}

	@Transactional
	public void recordOutcome(EscalationId id, long version, Outcome outcome, String note, HearthUser by) {
		Escalation escalation = forAction(id, version, by);
		boolean staff = by.role().compareTo(Role.STAFF) >= 0;
		if (outcome == Outcome.FALSE_ALARM && escalation.critical() && !staff) {
			throw new RequestRefused("outcome", "A critical alert (a plan, the means or a goodbye) is closed as a "
					+ "false alarm by staff only, since it takes back the member's crisis reply. Record what you did, "
					+ "or ask staff to look at it.");
		}
		Instant now = clock.instant();
		boolean wasOpen = escalation.status() == Escalation.Status.OPEN;
		escalation.recordOutcome(outcome, note, by.id(), now);
		store.update(escalation);
		if (wasOpen) {
			step(escalation, now, "ACKNOWLEDGED", by.displayName() + " has it.");
		}
		step(escalation, now, "OUTCOME", outcome.label() + ", recorded by " + by.displayName() + ".");
		if (outcome == Outcome.FALSE_ALARM && store.withdrawWaitingReplies(escalation.id()) > 0) {
			step(escalation, now, "REPLY_WITHDRAWN",
					"The crisis reply that had not left yet was taken back, as this was a false alarm.");
		}
		if (outcome == Outcome.FALSE_ALARM && !staff) {
			Map<PersonId, String> told = alerts.everyone(Role.STAFF);
			if (told.isEmpty()) {
				told = alerts.everyone(Role.ADMIN);
			}
			alerts.urgent(told, "Escalation #" + escalation.reference() + " was closed as a false alarm",
					by.displayName() + " closed this escalation as a false alarm"
							+ (note == null || note.isBlank() ? "." : ": " + note.strip())
							+ " Please look at it, and reach out to the member if it was not.",
					"/care/escalations/" + escalation.id());
			step(escalation, now, "STAFF_TOLD",
					"Staff were told of the false alarm: " + String.join(", ", told.values()) + ".");
		}
	}

	/** Sets what is known of the member, so resources can be chosen for them. */
	@Transactional
	public void describeMember(EscalationId id, long memberVersion, String country, String language, String timeZone,
			HearthUser by) {
		Escalation escalation = forAction(id, null, by);
		Member member = members.find(escalation.member()).orElseThrow();
		if (member.version() != memberVersion) {
			throw new OptimisticLockingFailureException("Someone else changed this member meanwhile; look again.");
		}
		members.update(new Member(member.id(), member.platform(), member.platformGiven(), member.handle(),
				CrisisResource.knownCountry(country), language, timeZone, member.firstSeen(), member.version()));
		audit.record("care.member-described", "care-member", member.id(), "Country, language or time zone set");
		// A reply still waiting for the platform should carry the lines now known to fit.
		Member described = members.find(member.id()).orElseThrow();
		ResourcePick pick = resources.pick(described.country(), described.language());
		Instant now = clock.instant();
		for (EscalationId open : store.openAbout(described.id())) {
			if (store.rewriteWaitingReplies(open, reply(pick)) > 0) {
				store.find(open)
					.ifPresent(about -> step(about, now, "REPLY_UPDATED",
							"The waiting reply now lists " + resourceCount(pick) + ". " + pick.reason()));
			}
		}
	}

	/**
	 * What anyone is told of an escalation they may not see, word for word what they are
	 * told of one that does not exist, so the answer says nothing of whether it does.
	 */
	static final String NOT_FOUND = "There is no escalation here for you to see. If someone sent you a link to it, "
			+ "ask staff to bring you in.";

	/**
	 * The escalations this person may see, open ones first, then the newest: every one
	 * for staff and admins; for a facilitator or lead, those that alerted them, that they
	 * raised, acknowledged or closed, and, while not closed, those they may act on.
	 */
	@Transactional(readOnly = true)
	public List<EscalationSummary> recent(HearthUser reader) {
		if (reader.role().compareTo(Role.STAFF) >= 0) {
			return store.recentLines(200);
		}
		if (reader.role() != Role.LEAD) {
			return List.of();
		}
		return store.linesSeenBy(reader.id(), onDutyNow(reader.id()), volunteers.ledBy(reader.id()), 200);
	}

	/** Every escalation, as staff see the list. */
	List<EscalationSummary> recent() {
		return store.recentLines(200);
	}

	/**
	 * How many escalations are waiting: for someone to acknowledge them, and,
	 * acknowledged, for their outcome.
	 */
	public record Waiting(int unacknowledged, int withoutOutcome) {

		public int total() {
			return unacknowledged + withoutOutcome;
		}

	}

	@Transactional(readOnly = true)
	public Waiting waiting() {
		return store.waiting();
	}

	/**
	 * The first of the escalations waiting for someone, and how many wait in all: the
	 * home card shows the first and links to the rest.
	 */
	public record WaitingForYou(List<EscalationSummary> shown, int total) {

		public boolean isEmpty() {
			return total == 0;
		}

	}

	/**
	 * The escalations waiting for a facilitator or lead, critical first and then oldest
	 * first: not yet acknowledged and alerting them (every one, while they are on duty),
	 * or acknowledged by them and still without an outcome. At most 20 are shown; the
	 * total counts them all.
	 */
	@Transactional(readOnly = true)
	public WaitingForYou waitingFor(PersonId person) {
		return store.waitingLines(person, onDutyNow(person), 20);
	}

	/**
	 * One escalation with its ladder, for someone who may see it (as the list decides);
	 * anyone else is told it is not found, as for an id that names nothing.
	 */
	@Transactional(readOnly = true)
	public EscalationFile open(EscalationId id, HearthUser reader) {
		Escalation e = store.find(id)
			.filter(escalation -> mayRead(escalation, reader))
			.orElseThrow(() -> new NotFound(NOT_FOUND));
		return file(e);
	}

	/** One escalation with its ladder, whoever asks: for the module's own use. */
	EscalationFile open(EscalationId id) {
		return file(store.find(id).orElseThrow(() -> new NotFound(NOT_FOUND)));
	}

	private EscalationFile file(Escalation e) {
		EscalationId id = e.id();
		Member member = members.find(e.member()).orElseThrow();
		return new EscalationFile(e, member, e.raisedBy() == null ? null : alerts.nameOf(e.raisedBy()),
				e.acknowledgedBy() == null ? null : alerts.nameOf(e.acknowledgedBy()),
				e.closedBy() == null ? null : alerts.nameOf(e.closedBy()), store.steps(id), store.replies(id),
				resources.pick(member.country(), member.language()));
	}

	/** Replies waiting for one platform's integration, oldest first. */
	@Transactional(readOnly = true)
	public List<OutboxMessage> waitingReplies(Platform platform) {
		return store.waiting(platform.code(), 100);
	}

	/**
	 * The integration carried a reply to the member. Said again (an integration that
	 * retries), it changes nothing: the step and its audit entry are recorded once. A bot
	 * (an integration token) is refused a reply on {@code other}, which no bot carries.
	 */
	@Transactional
	public OutboxMessage replySent(UUID reply, boolean byBot) {
		OutboxMessage waiting = store.reply(reply).orElseThrow(() -> new NotFound("There is no such reply."));
		if (byBot && Platform.OTHER.code().equals(waiting.platform())) {
			throw new RequestRefused("No bot carries replies on other platforms: staff and the people on duty carry "
					+ "those themselves and record it on the escalation's page. Carry only the replies for your own "
					+ "platform (discord or forum).");
		}
		boolean now = store.markSent(reply, clock.instant());
		OutboxMessage sent = store.reply(reply).orElseThrow(() -> new NotFound("There is no such reply."));
		if (now) {
			Escalation escalation = store.find(sent.escalation()).orElseThrow();
			step(escalation, sent.sentAt(), "REPLY_SENT",
					"The reply reached " + sent.platform() + ":" + sent.handle() + ".");
		}
		return sent;
	}

	/**
	 * Someone who may act on the escalation carried a reply that no bot carries (a member
	 * Hearth could not place, platform {@code other}) to the member themselves. Said
	 * again, it changes nothing.
	 */
	@Transactional
	public OutboxMessage replyCarried(EscalationId id, UUID reply, HearthUser by) {
		Escalation escalation = forAction(id, null, by);
		OutboxMessage waiting = store.reply(reply)
			.filter(found -> found.escalation().equals(id))
			.orElseThrow(() -> new NotFound("There is no such reply on this escalation."));
		if (!Platform.OTHER.code().equals(waiting.platform())) {
			throw new RequestRefused("The " + waiting.platform() + " bot carries this reply and says so itself; "
					+ "record only the replies on other platforms, which you carry yourselves.");
		}
		Instant now = clock.instant();
		if (store.markSent(reply, now)) {
			step(escalation, now, "REPLY_CARRIED", by.displayName() + " carried the reply to " + waiting.platform()
					+ ":" + waiting.handle() + " themselves.");
		}
		return store.reply(reply).orElseThrow();
	}

	/**
	 * Whether this person may act on the escalation (acknowledge it, pass it up, record
	 * its outcome, say what is known of the member): staff and admins; the facilitators
	 * and leads it alerted or who are on duty now; the lead of the volunteer who raised
	 * it.
	 */
	@Transactional(readOnly = true)
	public boolean mayAct(EscalationId id, HearthUser who) {
		return store.find(id).map(escalation -> mayAct(escalation, who)).orElse(false);
	}

	private boolean mayAct(Escalation escalation, HearthUser who) {
		if (who.role().compareTo(Role.STAFF) >= 0) {
			return true;
		}
		if (who.role() != Role.LEAD) {
			return false;
		}
		return who.id().equals(escalation.acknowledgedBy()) || store.wasAlerted(escalation.id(), who.id())
				|| onDutyNow(who.id()) || (escalation.raisedBy() != null
						&& volunteers.leadFor(escalation.raisedBy()).filter(who.id()::equals).isPresent());
	}

	/**
	 * Whether this person may see the escalation at all: staff and admins see every one;
	 * a facilitator or lead sees those that alerted them, that they raised, acknowledged
	 * or closed, and, while one is not yet closed, those they may act on (on duty now, or
	 * the lead of the volunteer who raised it). A member in crisis is not every lead's to
	 * read about.
	 */
	private boolean mayRead(Escalation escalation, HearthUser who) {
		if (who.role().compareTo(Role.STAFF) >= 0) {
			return true;
		}
		if (who.role() != Role.LEAD) {
			return false;
		}
		PersonId me = who.id();
		if (me.equals(escalation.raisedBy()) || me.equals(escalation.acknowledgedBy())
				|| me.equals(escalation.closedBy()) || store.wasAlerted(escalation.id(), me)) {
			return true;
		}
		return escalation.status() != Escalation.Status.CLOSED && mayAct(escalation, who);
	}

	private boolean onDutyNow(PersonId person) {
		return rota.onDutyNow().people().stream().anyMatch(p -> p.person().equals(person));
	}

	private Escalation forAction(EscalationId id, Long version, HearthUser by) {
		if (by.role().compareTo(Role.LEAD) < 0) {
			throw new RequestRefused("Only lead volunteers and staff act on escalations.");
		}
		Escalation escalation = store.find(id)
			.filter(found -> mayRead(found, by))
			.orElseThrow(() -> new NotFound(NOT_FOUND));
		if (!mayAct(escalation, by)) {
			throw new NotOnTheLadder();
		}
		if (version != null && escalation.version() != version) {
			throw new OptimisticLockingFailureException("Someone else acted on this alert meanwhile; look again.");
		}
		return escalation;
	}

	private void step(Escalation escalation, Instant at, String kind, String detail) {
		store.addStep(escalation.id(), at, kind, detail);
		audit.record("care.escalation-" + kind.toLowerCase().replace('_', '-'), "care-escalation", escalation.id(),
				"#" + escalation.reference() + ": " + detail);
	}

	/** "1 minute", "10 minutes": as the ladder and the alerts say it. */
	static String minutes(java.time.Duration duration) {
		long count = duration.toMinutes();
		return count + (count == 1 ? " minute" : " minutes");
	}

	private static String resourceCount(ResourcePick pick) {
		int count = pick.resources().size();
		return count + (count == 1 ? " crisis resource" : " crisis resources");
	}

	/** The words the member receives: warm, plain, and the lines to reach now. */
	static String reply(ResourcePick pick) {
		String lines = pick.resources().stream().map(r -> {
			var ways = new java.util.ArrayList<String>();
			if (r.phone() != null) {
				ways.add("call " + r.phone());
			}
			if (r.textNumber() != null) {
				ways.add("text " + r.textNumber());
			}
			if (r.url() != null) {
				ways.add(r.url());
			}
			return "• " + r.name() + ": " + String.join(", ", ways) + " (" + r.hours() + ")";
		}).collect(Collectors.joining("\n"));
		return """
				We noticed what you wrote, and we care about you. You don't have to go through this alone. \
				People trained to help are there for you right now:
				%s
				If you are in immediate danger, please call your local emergency number. Someone from our team \
				will reach out to you too.""".formatted(lines);
	}

}
