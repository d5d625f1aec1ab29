package org.hearth.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.PersonId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Background checks: staff record status, provider reference and expiry; a provider can
 * post results to a signed webhook instead. Every recording is kept and audited; the
 * newest is the one that counts.
 */
@Service
public class BackgroundChecks {

	private final BackgroundCheckStore store;

	private final Accounts accounts;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final String webhookSecret;

	BackgroundChecks(BackgroundCheckStore store, Accounts accounts, AuditLog audit, JsonMapper json, Clock clock,
			@Value("${hearth.background-checks.webhook-secret:}") String webhookSecret) {
		this.store = store;
		this.accounts = accounts;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.webhookSecret = webhookSecret;
	}

	/**
	 * A provider's delivery was refused: not signed right, stale, replayed or about no
	 * known check.
	 */
	public static class DeliveryRefused extends RuntimeException {

		private final int status;

		DeliveryRefused(String message, int status) {
			super(message);
			this.status = status;
		}

		/**
		 * The HTTP status to answer with: 401 unsigned or stale, 409 replayed, 422
		 * otherwise.
		 */
		public int status() {
			return status;
		}

	}

	/** Staff record a check's status; a clear check needs an expiry date. */
	@Transactional
	public BackgroundCheck record(PersonId person, BackgroundCheckStatus status, String providerReference,
			LocalDate expiresOn) {
		if (accounts.find(person).isEmpty()) {
			throw new NotFound("There is no person " + person);
		}
		if (status == null) {
			throw new RequestRefused("status", "Choose the check's status.");
		}
		if (status == BackgroundCheckStatus.CLEAR && (expiresOn == null || !expiresOn.isAfter(LocalDate.now(clock)))) {
			throw new RequestRefused("expiresOn", "A clear check needs an expiry date after today.");
		}
		String reference = providerReference == null || providerReference.isBlank() ? null : providerReference.strip();
		if (reference != null && reference.length() > 120) {
			throw new RequestRefused("providerReference", "Keep the reference to 120 characters.");
		}
		return insert(person, status, reference, expiresOn, actor());
	}

	@Transactional(readOnly = true)
	public Optional<BackgroundCheck> current(PersonId person) {
		return store.current(person);
	}

	/**
	 * The latest check of everyone who has one, in one statement, so a list of thousands
	 * of volunteers does not ask once a volunteer.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, BackgroundCheck> currentOfEveryone() {
		return store.currentOfEveryone();
	}

	@Transactional(readOnly = true)
	public List<BackgroundCheck> history(PersonId person) {
		return store.history(person);
	}

	/**
	 * Takes a provider's signed delivery: a JSON object with deliveryId, reference,
	 * status and expiresOn. The reference is the one staff recorded when they started the
	 * check.
	 */
	@Transactional(noRollbackFor = DeliveryRefused.class)
	public BackgroundCheck receive(String timestamp, String signature, String body) {
		if (webhookSecret == null || webhookSecret.isBlank()) {
			throw new DeliveryRefused("No provider is connected: set hearth.background-checks.webhook-secret", 503);
		}
		String refusal = new WebhookSignature(webhookSecret).refusal(timestamp, signature, body, clock.instant());
		if (refusal != null) {
			throw new DeliveryRefused(refusal, 401);
		}
		JsonNode delivery;
		try {
			delivery = json.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new DeliveryRefused("The body is not JSON", 422);
		}
		String deliveryId = delivery.path("deliveryId").asString("");
		String reference = delivery.path("reference").asString("");
		if (deliveryId.isBlank() || deliveryId.length() > 120 || reference.isBlank()) {
			throw new DeliveryRefused("A delivery names its deliveryId and the check's reference", 422);
		}
		if (!store.takeDelivery(deliveryId, clock.instant())) {
			throw new DeliveryRefused("This delivery was already received", 409);
		}
		BackgroundCheckStatus status;
		try {
			status = BackgroundCheckStatus.valueOf(delivery.path("status").asString("").toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new DeliveryRefused("The status is one of pending, clear, consider, failed", 422);
		}
		LocalDate expiresOn;
		try {
			expiresOn = delivery.hasNonNull("expiresOn") ? LocalDate.parse(delivery.path("expiresOn").asString())
					: null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new DeliveryRefused("expiresOn is a date such as 2027-11-25", 422);
		}
		if (status == BackgroundCheckStatus.CLEAR && expiresOn == null) {
			throw new DeliveryRefused("A clear result names its expiresOn date", 422);
		}
		PersonId person = store.personWithReference(reference)
			.orElseThrow(() -> new DeliveryRefused("No check has the reference " + reference, 422));
		return insert(person, status, reference, expiresOn, "provider");
	}

	private BackgroundCheck insert(PersonId person, BackgroundCheckStatus status, String reference, LocalDate expiresOn,
			String by) {
		Instant now = clock.instant();
		var check = new BackgroundCheck(UUID.randomUUID(), person, status, reference, expiresOn, now, by);
		store.insert(check);
		audit.record("requirement.background-check", "person", person,
				status.label() + (reference == null ? "" : ", reference " + reference)
						+ (expiresOn == null ? "" : ", expires " + expiresOn) + " (recorded by " + by + ")");
		return check;
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
