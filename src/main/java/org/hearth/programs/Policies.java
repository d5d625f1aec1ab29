package org.hearth.programs;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hearth.audit.AuditLog;
import org.hearth.shared.NotFound;
import org.hearth.shared.StorableText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's policy documents, known by a short key, and their versions: a new
 * version never changes the earlier ones. Every change is audited.
 */
@Service
public class Policies {

	/** How a policy's key is written: roles and links name the policy by it. */
	public static final String POLICY_KEY_FORMAT = "[a-z0-9][a-z0-9-]{1,59}";

	/** What to do about a key not written as {@link #POLICY_KEY_FORMAT} asks. */
	public static final String POLICY_KEY_HINT = "A key is 2 to 60 lower-case letters, digits or dashes, like code-of-conduct.";

	private static final Pattern POLICY_KEY = Pattern.compile(POLICY_KEY_FORMAT);

	private final PolicyStore store;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Policies(PolicyStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PolicyDocument> policies() {
		return store.policies();
	}

	/** Each policy's title by its key, for pages that name a role's policies. */
	@Transactional(readOnly = true)
	public Map<String, String> policyTitles() {
		Map<String, String> titles = new HashMap<>();
		policies().forEach(policy -> titles.put(policy.key(), policy.title()));
		return titles;
	}

	@Transactional(readOnly = true)
	public Optional<PolicyDocument> policy(String key) {
		return store.policy(key);
	}

	@Transactional(readOnly = true)
	public List<PolicyVersion> versions(String key) {
		return store.versions(key);
	}

	@Transactional(readOnly = true)
	public Optional<PolicyVersion> version(String key, int number) {
		return store.version(key, number);
	}

	/** Creates a policy document with its first version. */
	@Transactional
	public PolicyDocument createPolicy(String key, String title, String body) {
		if (key == null || !POLICY_KEY.matcher(key).matches()) {
			throw new ProgramException("key", POLICY_KEY_HINT);
		}
		// Text that shows nothing (zero-width characters, Hangul fillers) is refused like
		// empty text, with the form's own words.
		if (StorableText.looksBlank(title)) {
			throw new ProgramException("title", "Give the policy a title.");
		}
		if (StorableText.looksBlank(body)) {
			throw new ProgramException("body", "Write the policy’s text.");
		}
		String cleanTitle = Programs.requireText(title, "title", 160);
		if (store.policy(key).isPresent()) {
			throw new ProgramException("key", keyTaken(key));
		}
		store.insertDocument(key, cleanTitle, clock.instant());
		audit.record("policy.created", "policy", key, cleanTitle);
		publishVersion(key, body, "First version");
		return store.policy(key).orElseThrow();
	}

	/** Why a new policy cannot take a key another policy has, and what to do. */
	public static String keyTaken(String key) {
		return "There is already a policy with the key " + key
				+ ". Choose another key, or publish a new version of that policy.";
	}

	/** Publishes a new version; the earlier ones stay as they were. */
	@Transactional
	public PolicyVersion publishVersion(String key, String body, String summaryOfChanges) {
		UUID documentId = store.lockDocument(key).orElseThrow(() -> new NotFound("There is no policy " + key));
		String text = Programs.requireText(body, "body", 200_000);
		String summary = Programs.requireText(summaryOfChanges, "summaryOfChanges", 400);
		int number = store.nextVersionNumber(documentId);
		store.insertVersion(documentId, number, text, summary, clock.instant(), currentActor());
		audit.record("policy.version-published", "policy", key, "Version " + number + ": " + summary);
		events.publishEvent(new PolicyVersionPublished(key, number));
		return store.version(key, number).orElseThrow();
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
