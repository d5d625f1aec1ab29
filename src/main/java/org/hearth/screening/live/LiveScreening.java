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

import org.hearth.people.PersonId;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.Screener;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.screening.ScreeningRequest;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.Severity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screener in force: the shipped rules with the admins' phrases on top. It follows
 * the rule revision in the database, so a change made on any instance reaches every
 * instance within seconds. Messages screened inside Hearth that break the Code are
 * published as {@link ScreeningFlagged}, stored with the transaction so no flag is lost.
 */
@Service
public class LiveScreening {

	private static final Log log = LogFactory.getLog(LiveScreening.class);

	private final PhraseRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Screener shipped = Screener.withShippedRules();

	private final AtomicReference<Screener> current = new AtomicReference<>(shipped);

	private final AtomicLong revision = new AtomicLong(-1);

	LiveScreening(PhraseRules rules, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.events = events;
		this.clock = clock;
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

	public ScreeningResult screen(String text, AuthorRole role, List<String> previousMessages) {
		return current.get()
			.screen(new ScreeningRequest(text, role, previousMessages == null ? List.of() : previousMessages));
	}

	/** Screens with a change not yet saved, for the admins' preview. */
	public ScreeningResult preview(String text, AuthorRole role, PhraseOverrides overrides) {
		return shipped.withOverrides(overrides).screen(new ScreeningRequest(text, role, List.of()));
	}

	/**
	 * Screens a message written on one of the organisation's platforms and, when it
	 * breaks the Code, publishes {@link ScreeningFlagged} for the conduct desk and for
	 * care.
	 */
	@Transactional
	public Screened screenMessage(Message message) {
		ScreeningResult result = screen(message.text(), message.authorRole(), message.previousMessages());
		if (result.isClean()) {
			return new Screened(null, result);
		}
		UUID id = UUID.randomUUID();
		events.publishEvent(new ScreeningFlagged(id, message.volunteer(), message.memberHandle(), message.authorRole(),
				severities(result.findings()), highest(result.findings()), result.action(), message.source(),
				message.messageRef(), excerpt(message.text(), result.findings()), clock.instant()));
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

	/** The flagged part with some context around it, at most about 500 characters. */
	static String excerpt(String text, List<Finding> findings) {
		int start = findings.stream().mapToInt(Finding::start).min().orElse(0);
		int end = findings.stream().mapToInt(Finding::end).max().orElse(Math.min(text.length(), 200));
		int from = Math.max(0, start - 120);
		int to = Math.min(text.length(), Math.max(end + 120, from + 1));
		to = Math.min(to, from + 500);
		return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
	}

	/**
	 * A message from one of the organisation's platforms.
	 *
	 * @param volunteer the volunteer who wrote it, when a volunteer did
	 * @param memberHandle the member's pseudonymous handle, when a member did
	 */
	public record Message(String text, AuthorRole authorRole, List<String> previousMessages, PersonId volunteer,
			String memberHandle, String source, String messageRef) {
	}

	/** The result, and the id of the published flag when there was one. */
	public record Screened(UUID flagId, ScreeningResult result) {
	}

}
