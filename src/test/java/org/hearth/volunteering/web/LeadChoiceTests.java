package org.hearth.volunteering.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.hearth.HearthTest;
import org.hearth.StatementCounter;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Choosing whom to make a lead: with a thousand people in the lead role the page offers a
 * few and finds the others by name or e-mail as one types, instead of listing everyone.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadChoiceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	HearthUser staff;

	final List<HearthUser> leads = new ArrayList<>();

	@BeforeAll
	void peopleWithTheLeadRole() {
		staff = PeopleFixture.create(accounts, Role.STAFF);
		for (int i = 0; i < StaffVolunteeringController.CANDIDATES + 5; i++) {
			leads.add(PeopleFixture.create(accounts, Role.LEAD));
		}
	}

	@Test
	void offersAFewPeopleWithTheLeadRoleAndSaysMoreMatch() {
		String page = page("/staff/leads");

		assertThat(choices(page)).hasSizeBetween(1, StaffVolunteeringController.CANDIDATES);
		assertThat(page).contains("More people match than these", "Find a person with the lead role");
	}

	@Test
	void findsSomeoneByPartOfTheirEmailWithAndWithoutHtmx() {
		HearthUser wanted = leads.get(leads.size() - 1);
		String part = wanted.email().substring(5, 13);

		assertThat(choices(page("/staff/leads?who=" + part))).containsExactly(wanted.id().toString());

		MvcTestResult fragment = mvc.get()
			.uri("/staff/leads/candidates?who=" + part.toUpperCase())
			.header("HX-Request", "true")
			.with(user(staff))
			.exchange();
		assertThat(fragment).hasStatusOk();
		String html = body(fragment);
		assertThat(html).startsWith("<div id=\"lead-candidates\"").doesNotContain("<html", "More people match");
		assertThat(choices(html)).containsExactly(wanted.id().toString());
		assertThat(choices(page("/staff/leads/candidates?who=%25"))).isEmpty();
	}

	@Test
	void keepsTheChosenPersonWhenTheFormComesBackWithAnError() {
		HearthUser chosen = leads.get(leads.size() - 2);
		MvcTestResult result = mvc.post()
			.uri("/staff/leads")
			.param("lead", chosen.id().toString())
			.param("capacity", "5")
			.param("languages", "English")
			.param("timeZone", "UTC")
			.with(user(staff))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk();
		String html = body(result);
		assertThat(html).contains("Choose a program.")
			.containsPattern("<option value=\"" + chosen.id() + "\"[^>]*selected");

		MvcTestResult nobody = mvc.post()
			.uri("/staff/leads")
			.param("capacity", "5")
			.param("languages", "English")
			.param("timeZone", "UTC")
			.with(user(staff))
			.with(csrf())
			.exchange();
		assertThat(body(nobody)).contains("Choose a lead volunteer.");
	}

	@Test
	void readsThePageWithAsManyStatementsHoweverManyPeopleHaveTheLeadRole() {
		page("/staff/leads");
		int before = StatementCounter.statementsOf(() -> page("/staff/leads"));
		PeopleFixture.create(accounts, Role.LEAD);
		int after = StatementCounter.statementsOf(() -> page("/staff/leads"));

		assertThat(after).isEqualTo(before).isPositive();
	}

	@Test
	void offersTheChoiceToStaffOnly() {
		assertThat(mvc.get().uri("/staff/leads/candidates?who=a").with(user(leads.get(0)))).hasStatus(403);
		assertThat(mvc.get().uri("/staff/leads/candidates?who=a")).hasStatus3xxRedirection();
	}

	/** The ids the form's lead choice offers. */
	private static List<String> choices(String html) {
		int start = html.indexOf("id=\"lead-candidates\"");
		assertThat(start).as("the lead choice is on the page").isNotNegative();
		String choice = html.substring(start, html.indexOf("</select>", start));
		Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(choice);
		List<String> ids = new ArrayList<>();
		while (option.find()) {
			ids.add(option.group(1));
		}
		return ids;
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(user(staff)).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
