package org.hearth.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.hearth.shared.Secrets;

/**
 * The first start of an organisation with no admin prints a one-time setup link to the
 * log; whoever runs the server opens it and becomes the first admin. There is no default
 * password.
 */
@NamedInterface("web")
@Service
public class FirstAdminSetup {

	private static final Log log = LogFactory.getLog(FirstAdminSetup.class);

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	FirstAdminSetup(Accounts accounts, JdbcClient jdbc, Clock clock, @Value("${hearth.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@EventListener(ApplicationReadyEvent.class)
	void offerSetupLinkWhenNoAdminExists(ApplicationReadyEvent event) {
		if (event.getApplicationContext().getEnvironment().containsProperty("hearth.command")) {
			return;
		}
		issueSetupLink().ifPresent(link -> log.warn("""

				Hearth has no admin yet. Open this link within 24 hours to create the first admin:
				    %s
				or run: java -jar target/hearth.jar create-admin --email you@example.org --name "Your Name"
				""".formatted(link)));
	}

	/** A fresh setup link, unless an admin already exists. */
	@Transactional
	public Optional<String> issueSetupLink() {
		if (accounts.hasAdmin()) {
			return Optional.empty();
		}
		String token = Secrets.newSecret("");
		Instant now = clock.instant();
		jdbc.sql("insert into setup_token (token_hash, created_at, expires_at) values (:hash, :now, :expires)")
			.param("hash", Secrets.hash(token))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(Accounts.SETUP_VALIDITY)))
			.update();
		return Optional.of(baseUrl + "/setup?token=" + token);
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return token != null && !accounts.hasAdmin() && jdbc.sql("""
				select count(*) from setup_token where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", Secrets.hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Creates the first admin with the setup token; the token, and every other, is then
	 * spent.
	 */
	@Transactional
	public PersonSummary completeSetup(String token, String email, String displayName, String password) {
		if (!isUsable(token)) {
			throw new AccountException("token", "This setup link has expired or was already used. "
					+ "Restart Hearth for a new one, or use the create-admin command.");
		}
		Accounts.checkPassword(password);
		PersonSummary admin = accounts.createPerson(email, displayName, Role.ADMIN, password);
		jdbc.sql("update setup_token set used_at = :now where used_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return admin;
	}

}
