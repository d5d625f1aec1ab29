package org.hearth.screening.live;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.hearth.people.PersonId;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.FailClosed;
import org.hearth.screening.Finding;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.Screener;
import org.hearth.screening.ScreeningFailed;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.screening.ScreeningRequest;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.Severity;
import org.hearth.shared.StorableText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The screener in force: the shipped rules with the admins' phrases on top. It follows
 * the rule revision in the database, so a change made on any instance reaches every
 * instance within seconds. Messages screened inside Hearth that break the Code are
 * published as {@link ScreeningFlagged}, stored with the transaction so no flag is lost.
 * A screening that fails is never taken as clean: it is logged, counted
 * ({@value #ERRORS_METRIC} on the actuator's metrics) and, for a message from one of the
 * organisation's platforms, published as {@link ScreeningFailed} so staff read it.
 */
@Service
public class LiveScreening {

	private static final Log log = LogFactory.getLog(LiveScreening.class);

	private final PhraseRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The metric counting screenings that failed and were held for review. */
	public static final String ERRORS_METRIC = "hearth.screening.errors";

	private final TransactionTemplate transactions;

	private final Screener shipped;

	private final AtomicReference<Screener> current;

	private final AtomicLong revision = new AtomicLong(-1);

	private final Counter errors;

	LiveScreening(PhraseRules rules, ApplicationEventPublisher events, Clock clock, Screener shippedScreener,
			MeterRegistry meters, TransactionTemplate transactions) {
		this.rules = rules;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
		this.shipped = shippedScreener;
		this.current = new AtomicReference<>(shippedScreener);
		this.errors = Counter.builder(ERRORS_METRIC)
			.description("Messages whose screening failed and that were held for human review")
			.register(meters);
	}

	/**
	 * Picks up the admins' latest phrases when they changed, here or on another instance.
	 */
	@Scheduled(fixedDelayString = "${hearth.screening.refresh-interval:PT5S}", initialDelay = 0)
	public void refresh() {
		try {
			long latest = rules.revision();
			if (latest != revision.get()) {
				current.set(shipped.withOverrides(rules.overrides()));
				revision.set(latest);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh the screening phrases; the ones in force stay", ex);
		}
	}

	/**
	 * Screens one message with the phrases in force. Never throws; a failure comes back
	 * as {@link ScreeningResult#error()}, is logged and counted.
	 */
	public ScreeningResult screen(String text, AuthorRole role, List<String> previousMessages) {
		return checked(FailClosed.screen(request -> current.get().screen(request),
				new ScreeningRequest(text, role, previousMessages == null ? List.of() : previousMessages)));
	}

	/** Screens with a change not yet saved, for the admins' preview. */
	public ScreeningResult preview(String text, AuthorRole role, PhraseOverrides overrides) {
		return checked(FailClosed.screen(request -> shipped.withOverrides(overrides).screen(request),
				new ScreeningRequest(text, role, List.of())));
	}

	private ScreeningResult checked(ScreeningResult result) {
		if (result.error()) {
			errors.increment();
			log.error("Screening failed on a message; it is held for human review (" + ERRORS_METRIC + " counts it)");
		}
		return result;
	}

	/**
	 * Screens a message written on one of the organisation's platforms and, when it
	 * breaks the Code, publishes {@link ScreeningFlagged} for the conduct desk and for
	 * care. When screening failed it publishes {@link ScreeningFailed} as well, so staff
	 * read the message; the id returned is then the failure's. The message is screened
	 * before a transaction begins, so that no database connection waits on the screening;
	 * what it publishes is stored in a transaction of its own (or the caller's).
	 */
	public Screened screenMessage(Message message) {
		return flag(message, screen(message.text(), message.authorRole(), message.previousMessages()));
	}

	/**
	 * As {@link #screenMessage} for several messages, in order; the learned tier reads
	 * them together. As there, no transaction is open while they are screened.
	 */
	public List<Screened> screenMessages(List<Message> messages) {
		Screener screener = current.get();
		List<ScreeningRequest> requests = messages.stream()
			.map(m -> new ScreeningRequest(m.text(), m.authorRole(),
					m.previousMessages() == null ? List.of() : m.previousMessages()))
			.toList();
		List<ScreeningResult> results;
		try {
			results = screener.screenAll(requests);
			if (results == null || results.size() != requests.size()) {
				throw new IllegalStateException(
						"The screener answered " + (results == null ? "nothing" : results.size()) + " results for "
								+ requests.size() + " messages");
			}
		}
		catch (RuntimeException | Error e) {
			// One by one, so that only the messages that cannot be screened are held
			// (a missing screener fails inside, each message then held for a person).
			results = requests.stream().map(r -> FailClosed.screen(request -> screener.screen(request), r)).toList();
		}
		List<Screened> screened = new java.util.ArrayList<>(messages.size());
		for (int i = 0; i < messages.size(); i++) {
			screened.add(flag(messages.get(i), checked(results.get(i))));
		}
		return screened;
	}

	private Screened flag(Message message, ScreeningResult result) {
		if (result.isClean()) {
			return new Screened(null, result);
		}
		var publish = new java.util.ArrayList<Object>(2);
		UUID id = null;
		if (!result.findings().isEmpty()) {
			id = UUID.randomUUID();
			publish.add(new ScreeningFlagged(id, message.volunteer(), message.memberHandle(), message.authorRole(),
					severities(result.findings()), highest(result.findings()), result.action(), message.source(),
					message.messageRef(), excerpt(message.text(), result.findings()), clock.instant()));
		}
		if (result.error()) {
			id = UUID.randomUUID();
			publish.add(new ScreeningFailed(id, message.volunteer(), message.memberHandle(), message.authorRole(),
					message.source(), message.messageRef(), excerpt(message.text(), result.findings()),
					clock.instant()));
		}
		transactions.executeWithoutResult(status -> publish.forEach(events::publishEvent));
		return new Screened(id, result);
	}

	/** Each category found, with the highest severity of its findings. */
	static Map<Category, Severity> severities(List<Finding> findings) {
		var severities = new EnumMap<Category, Severity>(Category.class);
		for (Finding finding : findings) {
			severities.merge(finding.category(), finding.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
		}
		return severities;
	}

	private static Severity highest(List<Finding> findings) {
		return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.LOW);
	}

	/**
	 * The flagged part with some context around it, at most about 500 characters, as the
	 * database can store it.
	 */
	static String excerpt(String text, List<Finding> findings) {
		int start = findings.stream().mapToInt(Finding::start).min().orElse(0);
		int end = findings.stream().mapToInt(Finding::end).max().orElse(Math.min(text.length(), 200));
		int from = Math.max(0, start - 120);
		int to = Math.min(text.length(), Math.max(end + 120, from + 1));
		to = Math.min(to, from + 500);
		return StorableText.clean((from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : ""));
	}

	/**
	 * A message from one of the organisation's platforms.
	 *
	 * @param volunteer the volunteer who wrote it, when a volunteer did
	 * @param memberHandle the member's pseudonymous handle, when a member did
	 */
	public record Message(String text, AuthorRole authorRole, List<String> previousMessages, PersonId volunteer,
			String memberHandle, String source, String messageRef) {

		/**
		 * The text is screened as it came, so that the spans of the findings fit it; what
		 * is stored with a flag is cleaned of characters the database refuses.
		 */
		public Message {
			memberHandle = StorableText.clean(memberHandle);
			source = StorableText.clean(source);
			messageRef = StorableText.clean(messageRef);
		}

	}

	/** The result, and the id of the published flag when there was one. */
	public record Screened(UUID flagId, ScreeningResult result) {
	}

}
