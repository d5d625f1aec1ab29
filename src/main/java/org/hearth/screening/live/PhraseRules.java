package org.hearth.screening.live;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.PhrasePolicy;
import org.hearth.screening.Screener;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phrases admins add to or allow in each category. Every change is audited and bumps
 * the revision that every instance watches, so it takes effect without a restart.
 */
@Service
public class PhraseRules {

	/**
	 * Whether a phrase is flagged in its category, or allowed there despite the shipped
	 * rules.
	 */
	public enum Kind {

		ADDED, ALLOWED

	}

	/** Whose messages a phrase applies to. */
	public enum Audience {

		VOLUNTEERS("volunteers' messages"), MEMBERS("members' messages"), BOTH("everyone's messages");

		private final String label;

		Audience(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Whether a message by this author is in the audience. */
		public boolean includes(AuthorRole author) {
			return this == BOTH || (this == VOLUNTEERS) == (author == AuthorRole.VOLUNTEER);
		}

	}

	/** A phrase an admin set. */
	public record Phrase(UUID id, Category category, Kind kind, String phrase, Audience audience, String createdBy) {
	}

	private final PhraseStore store;

	private final AuditLog audit;

	private final Clock clock;

	private final PhrasePolicy policy;

	PhraseRules(PhraseStore store, AuditLog audit, Clock clock, Screener screener) {
		this.policy = new PhrasePolicy(screener);
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Phrase> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public PhraseOverrides overrides() {
		return overridesOf(all());
	}

	/**
	 * The overrides as they would be with one more phrase, for a preview before saving.
	 */
	@Transactional(readOnly = true)
	public PhraseOverrides overridesWith(Category category, Kind kind, String phrase, Audience audience) {
		var phrases = new java.util.ArrayList<>(all());
		phrases.add(new Phrase(null, category, kind, check(phrase), audience, null));
		return overridesOf(phrases);
	}

	/**
	 * The phrase as it would be saved, or a refusal saying why it cannot be
	 * ({@link PhrasePolicy}).
	 */
	public String check(String phrase) {
		String text = clean(phrase);
		policy.refusal(text).ifPresent(reason -> {
			throw new RequestRefused("phrase", reason);
		});
		return text;
	}

	/** Whether the phrase occurs in a message as screening would find it. */
	public boolean occursIn(String message, String phrase) {
		return policy.occursIn(message, phrase);
	}

	@Transactional(readOnly = true)
	public long revision() {
		return store.revision();
	}

	/** Adds a phrase for everyone's messages. */
	@Transactional
	public Phrase add(Category category, Kind kind, String phrase) {
		return add(category, kind, phrase, Audience.BOTH);
	}

	@Transactional
	public Phrase add(Category category, Kind kind, String phrase, Audience audience) {
		String text = check(phrase);
		Audience appliesTo = audience == null ? Audience.BOTH : audience;
		if (store.exists(category, kind, text)) {
			throw new RequestRefused("phrase", "This phrase is already there.");
		}
		var added = new Phrase(UUID.randomUUID(), category, kind, text, appliesTo, actor());
		store.insert(added, clock.instant());
		store.bumpRevision();
		audit.record("screening.phrase-" + kind.name().toLowerCase(), "screening-category", category,
				(kind == Kind.ADDED ? "Flags \"" : "Allows \"") + text + "\" in " + appliesTo.label());
		return added;
	}

	@Transactional
	public void remove(UUID id) {
		Phrase phrase = all().stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(
					() -> new org.hearth.shared.NotFound("There is no such phrase; maybe someone removed it already."));
		store.delete(id);
		store.bumpRevision();
		audit.record("screening.phrase-removed", "screening-category", phrase.category(),
				"No longer " + (phrase.kind() == Kind.ADDED ? "flags" : "allows") + " \"" + phrase.phrase() + "\"");
	}

	private static PhraseOverrides overridesOf(List<Phrase> phrases) {
		Map<Category, Set<String>> added = new EnumMap<>(Category.class);
		Map<Category, Set<String>> allowed = new EnumMap<>(Category.class);
		Map<AuthorRole, Map<Category, Set<String>>> addedOnly = new EnumMap<>(AuthorRole.class);
		Map<AuthorRole, Map<Category, Set<String>>> allowedOnly = new EnumMap<>(AuthorRole.class);
		for (Phrase phrase : phrases) {
			Map<Category, Set<String>> target;
			if (phrase.audience() == null || phrase.audience() == Audience.BOTH) {
				target = phrase.kind() == Kind.ADDED ? added : allowed;
			}
			else {
				AuthorRole role = phrase.audience() == Audience.VOLUNTEERS ? AuthorRole.VOLUNTEER : AuthorRole.MEMBER;
				target = (phrase.kind() == Kind.ADDED ? addedOnly : allowedOnly).computeIfAbsent(role,
						r -> new EnumMap<>(Category.class));
			}
			target.computeIfAbsent(phrase.category(), c -> new HashSet<>()).add(phrase.phrase());
		}
		return new PhraseOverrides(added, allowed, addedOnly, allowedOnly);
	}

	static String clean(String phrase) {
		if (phrase == null || phrase.isBlank()) {
			throw new RequestRefused("phrase", "Write the phrase.");
		}
		String text = phrase.strip().replaceAll("\\s+", " ");
		if (text.length() < 2 || text.length() > 200) {
			throw new RequestRefused("phrase", "A phrase is 2 to 200 characters.");
		}
		return text;
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
