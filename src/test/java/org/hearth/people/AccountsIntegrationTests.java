package org.hearth.people;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.shared.Secrets;
import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@HearthTest
class AccountsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void registersApplicantWithHashedPassword() {
		String email = PeopleFixture.uniqueEmail("riley");
		PersonSummary person = accounts.registerApplicant(email, "Riley", "a long enough password");

		assertThat(person.role()).isEqualTo(Role.APPLICANT);
		String hash = jdbc.sql("select password_hash from person where id = :id")
			.param("id", person.id().value())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
		assertThat(passwordEncoder.matches("a long enough password", hash)).isTrue();
	}

	@Test
	void refusesSecondAccountForSameEmailInAnyCase() {
		String email = PeopleFixture.uniqueEmail("twice");
		accounts.registerApplicant(email, "Once", "a long enough password");

		assertThatThrownBy(() -> accounts.registerApplicant(email.toUpperCase(), "Twice", "a long enough password"))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void refusesShortPassword() {
		assertThatThrownBy(() -> accounts.registerApplicant(PeopleFixture.uniqueEmail("short"), "Short", "too short"))
			.isInstanceOf(AccountException.class)
			.extracting("field")
			.isEqualTo("password");
	}

	@Test
	void auditsRoleChangeWithBeforeAndAfter() {
		PersonSummary person = accounts.registerApplicant(PeopleFixture.uniqueEmail("mika"), "Mika",
				"a long enough password");

		accounts.changeRole(person.id(), Role.LEAD, LeadType.SWAT_FACILITATOR, 0);

		var entries = audit
			.find(new AuditQuery(null, "person.role-changed", "person", person.id().toString(), null, null), 10);
		assertThat(entries).singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("Applicant → Lead volunteer (SWAT Facilitator)"));
	}

	@Test
	void refusesRoleChangeMadeFromStaleVersion() {
		PersonSummary person = accounts.registerApplicant(PeopleFixture.uniqueEmail("stale"), "Stale",
				"a long enough password");
		accounts.changeRole(person.id(), Role.VOLUNTEER, null, 0);

		assertThatThrownBy(() -> accounts.changeRole(person.id(), Role.STAFF, null, 0))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(accounts.find(person.id())).get().extracting(PersonSummary::role).isEqualTo(Role.VOLUNTEER);
	}

	@Test
	void emailsSingleUseResetLinkThatSetsNewPassword() throws Exception {
		String email = PeopleFixture.uniqueEmail("forgetful");
		accounts.registerApplicant(email, "Forgetful", "the first password");

		accounts.requestPasswordReset(email.toUpperCase());

		await().until(() -> received(email).size() == 1);
		MimeMessage message = received(email).get(0);
		assertThat(message.getSubject()).isEqualTo("Set a new password for Hearth");
		String token = TestMail.text(message).replaceAll("(?s).*reset\\?token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(accounts.isUsablePasswordToken(token)).isTrue();

		accounts.resetPassword(token, "the second password");

		assertThat(accounts.isUsablePasswordToken(token)).isFalse();
		assertThatThrownBy(() -> accounts.resetPassword(token, "the third password"))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("expired or was already used");
		String hash = jdbc.sql("select password_hash from person where email = :email")
			.param("email", email)
			.query(String.class)
			.single();
		assertThat(passwordEncoder.matches("the second password", hash)).isTrue();
	}

	@Test
	void refusesExpiredResetToken() {
		String email = PeopleFixture.uniqueEmail("late");
		PersonSummary person = accounts.registerApplicant(email, "Late", "the first password");
		String link = accounts.createAdmin(PeopleFixture.uniqueEmail("admin"), "Admin");
		String token = link.substring(link.indexOf("token=") + 6);
		jdbc.sql("update password_token set expires_at = now() - interval '1 minute' where token_hash = :hash")
			.param("hash", Secrets.hash(token))
			.update();

		assertThat(accounts.isUsablePasswordToken(token)).isFalse();
		assertThatThrownBy(() -> accounts.resetPassword(token, "a brand new password"))
			.isInstanceOf(AccountException.class);
		assertThat(person.role()).isEqualTo(Role.APPLICANT);
	}

	@Test
	void saysNothingWhenResetIsAskedForUnknownEmail() throws Exception {
		String email = PeopleFixture.uniqueEmail("nobody");

		accounts.requestPasswordReset(email);

		Thread.sleep(300);
		assertThat(received(email)).isEmpty();
	}

	private static List<MimeMessage> received(String email) {
		return TestMail.to(mail, email);
	}

}
