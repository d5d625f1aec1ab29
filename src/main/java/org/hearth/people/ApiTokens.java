package org.hearth.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.shared.Secrets;
import org.hearth.audit.AuditLog;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens, for scripts and integrations. The secret is shown once when created; Hearth
 * keeps only its SHA-256 hash. A personal token acts with its owner's current role; an
 * integration token ({@link TokenScope#SCREENING}) may only screen messages and works
 * only while its owner is active staff.
 */
@NamedInterface("web")
@Service
public class ApiTokens {

	static final String PREFIX = "hth_";

	private final ApiTokenStore store;

	private final PersonStore people;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(ApiTokenStore store, PersonStore people, AuditLog audit, Clock clock) {
		this.store = store;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** A token as presented: who it belongs to and what it may do. */
	public record Bearer(HearthUser owner, TokenScope scope) {
	}

	/** Creates a personal token and returns its secret, which is never shown again. */
	@Transactional
	public String create(PersonId owner, String name) {
		return create(owner, name, TokenScope.PERSONAL);
	}

	/**
	 * Creates a token with the scope and returns its secret, which is never shown again.
	 * Only staff may create an integration token, since only staff may screen.
	 */
	@Transactional
	public String create(PersonId owner, String name, TokenScope scope) {
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			throw new AccountException("name", "Name the token (up to 80 characters) so you know what uses it.");
		}
		if (scope == null) {
			throw new AccountException("scope", "Choose what the token may do.");
		}
		if (scope == TokenScope.SCREENING && !people.findById(owner.value())
			.map(person -> person.role().compareTo(Role.STAFF) >= 0)
			.orElse(false)) {
			throw new AccountException("scope", "Only staff may create an integration token for screening.");
		}
		String secret = Secrets.newSecret(PREFIX);
		UUID id = UUID.randomUUID();
		store.insert(id, owner, name.strip(), Secrets.hash(secret), secret.substring(0, 10), clock.instant(), scope);
		audit.record("api-token.created", "person", owner,
				"Token \"" + name.strip() + "\" created (" + scope.name().toLowerCase() + ")");
		return secret;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(PersonId owner) {
		return store.list(owner);
	}

	@Transactional
	public boolean revoke(PersonId owner, UUID tokenId) {
		int revoked = store.revoke(owner, tokenId, clock.instant());
		if (revoked > 0) {
			audit.record("api-token.revoked", "person", owner, "Token " + tokenId + " revoked");
		}
		return revoked > 0;
	}

	/** Revokes every token of a person at once, for when their access must end. */
	@Transactional
	public int revokeAll(PersonId owner) {
		int revoked = store.revokeAll(owner, clock.instant());
		if (revoked > 0) {
			audit.record("api-token.revoked-all", "person", owner, revoked + " token(s) revoked");
		}
		return revoked;
	}

	/**
	 * The person a presented secret belongs to, if the token exists and is not revoked.
	 */
	@Transactional
	public Optional<HearthUser> authenticate(String secret) {
		return bearer(secret).map(Bearer::owner);
	}

	/**
	 * The owner and scope of a presented secret, if the token exists and is not revoked;
	 * an integration token whose owner is no longer staff presents nobody.
	 */
	@Transactional
	public Optional<Bearer> bearer(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = Secrets.hash(secret);
		Optional<ApiTokenStore.Presented> token = store.live(hash);
		// "Last used" is kept to the minute, so a busy integration does not write on
		// every request.
		token.ifPresent(row -> store.noteUse(hash, clock.instant()));
		return token.flatMap(row -> people.findById(row.personId())
			.filter(person -> row.scope() != TokenScope.SCREENING || person.role().compareTo(Role.STAFF) >= 0)
			.map(person -> new Bearer(HearthUser.of(person), row.scope())));
	}

}
