package org.hearth.site;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Forms given what no person types on purpose (a NUL, an escape) or a value of the wrong
 * kind (a word where a date or a number goes): the request is kept or refused with a
 * message beside the field, never answered with a server error or a silent reload.
 */
@HearthTest
class BadInputPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filesReportWithNulAndControlCharactersInItsFieldsWithoutThem() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String handle = "nul-handle-" + UUID.randomUUID().toString().substring(0, 8);

		var result = mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("about", "MEMBER")
			.param("reference", handle + "\u0000")
			.param("category", "HARASSMENT")
			.param("whatHappened", "They wrote\u0000 to me\u001b twice.\nThen again.")
			.param("excerpts", "\u0000\u0007")
			.param("safe", "true")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(jdbc.sql("select what_happened from conduct_report where subject_ref = ?")
			.param(handle)
			.query(String.class)
			.single()).isEqualTo("They wrote to me twice.\nThen again.");
	}

	@Test
	void searchesPeopleAndNamesTokensWithNulInWhatWasTyped() {
		HearthUser admin = PeopleFixture.create(accounts, Role.ADMIN);

		var search = mvc.get().uri("/admin/people").param("q", admin.email() + "\u0000").with(user(admin)).exchange();
		var token = mvc.post()
			.uri("/account/tokens")
			.with(csrf())
			.with(user(admin))
			.param("name", "Nightly\u0000 export")
			.exchange();

		assertThat(search).hasStatusOk().bodyText().contains(admin.email(), "1 person");
		assertThat(token).hasStatusOk().bodyText().contains("Nightly export");
	}

	@Test
	void showsADateOfTheWrongKindBesideItsFieldAndKeepsTheRest() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		var result = mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("about", "MEMBER")
			.param("reference", "someone")
			.param("category", "HARASSMENT")
			.param("whatHappened", "They kept writing to me.")
			.param("happenedAt", "yesterday evening")
			.param("safe", "true")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"happenedAt-error\">Please enter a date and time like 2026-12-31T18:30.</p>")
			.contains("aria-describedby=\"happenedAt-error\"", "value=\"yesterday evening\"",
					"They kept writing to me.");
	}

	@Test
	void showsANumberOfTheWrongKindBesideItsField() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		var result = mvc.post()
			.uri("/staff/courses")
			.with(csrf())
			.with(user(staff))
			.param("name", "Listening well")
			.param("passMark", "eighty")
			.param("lessons", "# One\nText")
			.param("quiz", "? Q\n- no\n* yes\n")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"passMark-error\">Please enter a whole number, such as 12.</p>",
					"aria-describedby=\"passMark-error\"", "Listening well");
	}

	@Test
	void showsACourseRefusedByItsQuizBesideTheQuizField() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		var result = mvc.post()
			.uri("/staff/courses")
			.with(csrf())
			.with(user(staff))
			.param("name", "Listening well")
			.param("passMark", "80")
			.param("lessons", "# One\nText")
			.param("quiz", "? Why listen?\n- because\n- always\n")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"quiz-error\">Mark the right answer of", "aria-describedby=\"quiz-error\"");
	}

	@Test
	void answersAnUnreadableHiddenValueWithAPageThatSaysWhatToDo() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		var result = mvc.post()
			.uri("/staff/applications/" + UUID.randomUUID() + "/acceptance")
			.with(csrf())
			.with(user(staff))
			.param("version", "seven")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyText()
			.contains("This page sent a value Hearth could not read (version). Please go back, reload the page")
			.doesNotContain("java.lang", "NumberFormatException");
	}

}
