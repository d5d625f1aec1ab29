package org.hearth.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.shared.Secrets;
import org.hearth.audit.AuditLog;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: registration, the first admin, role changes and passwords set through
 * single-use tokens. Every change of role is audited.
 */
@Service
public class Accounts {

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final Duration SETUP_VALIDITY = Duration.ofHours(24);

	static final Duration REGISTRATION_VALIDITY = Duration.ofHours(24);

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private final PersonStore people;

	private final AccountTokenStore tokens;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final Sessions sessions;

	private final SignInThrottle throttle;

	Accounts(PersonStore people, AccountTokenStore tokens, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, AuditLog audit, Clock clock, @Value("${hearth.base-url}") String baseUrl,
			Sessions sessions, SignInThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
		this.people = people;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Registers someone who wants to volunteer; they start as an applicant. */
	@Transactional
	public PersonSummary registerApplicant(String email, String displayName, String password) {
		checkPassword(password);
		Person person = create(email, displayName, Role.APPLICANT);
		person.changePasswordHash(passwordEncoder.encode(password));
		people.save(person);
		audit.record("person.registered", "person", person.id(), "Registered as " + Role.APPLICANT.label());
		return person.summary();
	}

	/**
	 * Takes a registration without saying whether the e-mail has an account: a new
	 * address is sent a link that creates the account when opened (so nobody holds an
	 * account under an address they cannot read), an address with an account is told that
	 * someone tried, with a link to set a new password. Registrations are limited per
	 * e-mail address and per network address ({@link RegistrationThrottled}).
	 */
	@Transactional
	public void requestRegistration(String email, String displayName, String password, String fromAddress) {
		checkPassword(password);
		String address = email.strip();
		throttle.registration(address, fromAddress).ifPresent(wait -> {
			throw new RegistrationThrottled(wait);
		});
		Instant now = clock.instant();
		Optional<Person> holder = people.findByEmail(address);
		if (holder.isPresent()) {
			Person person = holder.get();
			String token = issuePasswordToken(person, "RESET", RESET_VALIDITY);
			audit.record("person.registration-attempted", "person", person.id(),
					"Someone registered with this person's e-mail; they were told, with a reset link");
			events.publishEvent(new RegistrationAttempted(person.email(), person.displayName(),
					baseUrl + "/password/reset?token=" + token, now.plus(RESET_VALIDITY)));
			return;
		}
		String token = Secrets.newSecret("");
		tokens.insertRegistration(Secrets.hash(token), address, displayName.strip(), passwordEncoder.encode(password),
				now, now.plus(REGISTRATION_VALIDITY));
		events.publishEvent(new RegistrationRequested(address, displayName.strip(),
				baseUrl + "/register/confirm?token=" + token, now.plus(REGISTRATION_VALIDITY)));
	}

	/**
	 * Whether a registration link can still be used; checked before its page is shown.
	 */
	@Transactional(readOnly = true)
	public boolean isUsableRegistrationToken(String token) {
		return token != null && tokens.registrationUsable(Secrets.hash(token), clock.instant());
	}

	/**
	 * Creates the applicant's account from the link e-mailed at registration; the link
	 * works once.
	 */
	@Transactional
	public PersonSummary confirmRegistration(String token) {
		var request = tokens.claimRegistration(Secrets.hash(token == null ? "" : token), clock.instant())
			.orElseThrow(() -> new AccountException("token",
					"This link has expired or was already used. Register again and we'll send a new one."));
		Person person = create(request.email(), request.displayName(), Role.APPLICANT);
		person.changePasswordHash(request.passwordHash());
		people.save(person);
		audit.record("person.registered", "person", person.id(),
				"Registered as " + Role.APPLICANT.label() + " from an e-mailed link");
		return person.summary();
	}

	/**
	 * Creates a person in any role but lead (which needs a lead type); used by setup and
	 * demo data.
	 */
	@Transactional
	public PersonSummary createPerson(String email, String displayName, Role role, String password) {
		Person person = create(email, displayName, role);
		if (password != null) {
			checkPassword(password);
			person.changePasswordHash(passwordEncoder.encode(password));
		}
		people.save(person);
		audit.record("person.created", "person", person.id(), "Created as " + role.label());
		return person.summary();
	}

	/**
	 * Creates an admin with no password yet and returns a single-use link, valid for a
	 * day, where they choose one. This is how the first admin comes to be: there are no
	 * default passwords.
	 */
	@Transactional
	public String createAdmin(String email, String displayName) {
		Person person = create(email, displayName, Role.ADMIN);
		people.save(person);
		audit.record("person.created", "person", person.id(), "Created as " + Role.ADMIN.label());
		return baseUrl + "/password/reset?token=" + issuePasswordToken(person, "SETUP", SETUP_VALIDITY);
	}

	@Transactional
	public PersonSummary changeRole(PersonId id, Role role, LeadType leadType, long expectedVersion) {
		Person person = people.findById(id.value()).orElseThrow(() -> new AccountException(null, "No such person"));
		if (person.version() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"Someone else changed " + person.displayName() + " in the meantime; look again and retry");
		}
		Role before = person.role();
		LeadType leadBefore = person.leadType();
		try {
			person.changeRole(role, leadType);
		}
		catch (IllegalArgumentException ex) {
			throw new AccountException("leadType", ex.getMessage());
		}
		people.save(person);
		audit.record("person.role-changed", "person", person.id(),
				describe(before, leadBefore) + " → " + describe(role, person.leadType()));
		return person.summary();
	}

	/**
	 * Sends a reset link when the e-mail belongs to someone; says nothing either way, so
	 * the form cannot be used to learn who has an account.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		people.findByEmail(email.strip()).ifPresent(person -> {
			String token = issuePasswordToken(person, "RESET", RESET_VALIDITY);
			events.publishEvent(new PasswordResetRequested(person.email(), person.displayName(),
					baseUrl + "/password/reset?token=" + token, clock.instant().plus(RESET_VALIDITY)));
		});
	}

	/**
	 * Whether a reset or setup token can still be used; checked before the form is shown.
	 */
	@Transactional(readOnly = true)
	public boolean isUsablePasswordToken(String token) {
		return token != null && findUsableToken(token).isPresent();
	}

	/**
	 * Sets a new password with a single-use token; the token and every other one of
	 * theirs stop working, and every session of theirs is signed out (ASVS 3.3.3).
	 */
	@Transactional
	public PersonSummary resetPassword(String token, String newPassword) {
		checkPassword(newPassword);
		// Claiming the token is one update: of many uses at once, exactly one wins and
		// the
		// others see it used.
		UUID personId = tokens.claimPasswordToken(Secrets.hash(token == null ? "" : token), clock.instant())
			.orElseThrow(() -> new AccountException("token",
					"This link has expired or was already used. Ask for a new one and we'll send it right away."));
		Person person = people.findById(personId).orElseThrow();
		person.changePasswordHash(passwordEncoder.encode(newPassword));
		try {
			people.save(person);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new AccountException("token",
					"Your password was changed a moment ago with another link. Sign in, or ask for a new link.");
		}
		tokens.useAllPasswordTokens(personId, clock.instant());
		int ended = sessions.endAll(person.email());
		audit.record("person.password-set", "person", person.id(),
				"Password set with an e-mailed link; " + ended + " session(s) signed out");
		return person.summary();
	}

	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(PersonId id) {
		return people.findById(id.value()).map(Person::summary);
	}

	/**
	 * The display names of many people in one query, for a page that lists them. Someone
	 * no longer in Hearth is absent from the map.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, String> namesOf(Collection<PersonId> ids) {
		Set<UUID> wanted = new HashSet<>();
		ids.stream().filter(Objects::nonNull).forEach(id -> wanted.add(id.value()));
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<PersonId, String> names = new HashMap<>();
		people.findAllById(wanted).forEach(person -> names.put(person.id(), person.displayName()));
		return names;
	}

	@Transactional(readOnly = true)
	public Optional<Person> findPerson(PersonId id) {
		return people.findById(id.value());
	}

	@Transactional(readOnly = true)
	public Optional<PersonSummary> findByEmail(String email) {
		return people.findByEmail(email).map(Person::summary);
	}

	@Transactional(readOnly = true)
	public List<Person> search(Role role, String text) {
		return people.search(role == null ? null : role.name(), text == null || text.isBlank() ? null : text.strip());
	}

	/**
	 * At most {@code limit} people with the role whose name or e-mail holds the text (all
	 * of them without text), by name: only their id, name and e-mail, for a form to
	 * choose one from. One more than the limit is read, so the caller knows whether more
	 * match.
	 */
	@Transactional(readOnly = true)
	public List<PersonChoice> choices(Role role, String text, int limit) {
		String wanted = text == null || text.isBlank() ? null : text.strip();
		return people.choices(role, wanted == null ? null : escapeLike(wanted), limit + 1);
	}

	/** Someone to choose in a form: who they are, and nothing more. */
	public record PersonChoice(PersonId id, String displayName, String email) {
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A page of the people with this role, or matching the text, by name. */
	@Transactional(readOnly = true)
	public ResultPage<Person> search(Role role, String text, Paging paging) {
		return paging.pageOf(people.searchPage(role == null ? null : role.name(),
				text == null || text.isBlank() ? null : text.strip(), paging.fetch(), paging.offset()));
	}

	@Transactional(readOnly = true)
	public boolean hasAdmin() {
		return people.existsByRole(Role.ADMIN);
	}

	private Person create(String email, String displayName, Role role) {
		if (people.findByEmail(email.strip()).isPresent()) {
			throw new AccountException("email", "An account with this e-mail already exists. Try signing in, "
					+ "or reset your password if you've forgotten it.");
		}
		return Person.newPerson(email, displayName, role, clock.instant());
	}

	private String issuePasswordToken(Person person, String purpose, Duration validity) {
		String token = Secrets.newSecret("");
		Instant now = clock.instant();
		tokens.insertPasswordToken(Secrets.hash(token), person.id(), purpose, now, now.plus(validity));
		return token;
	}

	private Optional<UUID> findUsableToken(String token) {
		return tokens.usablePasswordToken(Secrets.hash(token), clock.instant());
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new AccountException("password",
					"Choose a password of at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
		}
		if (password.length() > 128) {
			throw new AccountException("password", "Choose a password of at most 128 characters.");
		}
	}

	private static String describe(Role role, LeadType leadType) {
		return leadType == null ? role.label() : role.label() + " (" + leadType.label() + ")";
	}

}
