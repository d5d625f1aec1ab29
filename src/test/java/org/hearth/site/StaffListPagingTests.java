package org.hearth.site;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.hearth.HearthTest;
import org.hearth.StatementCounter;
import org.hearth.audit.AuditLog;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The long lists of the staff and admin pages besides the conduct queue (the audit log,
 * people, applications, enrolments, leads) come in pages with the same rules: the next
 * page continues the list, the size is capped, nonsense is refused with a message, and a
 * page of many rows costs no more statements than a page of a few.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffListPagingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	HearthUser admin;

	HearthUser staff;

	final String subject = "paging-" + UUID.randomUUID();

	@BeforeAll
	void entries() {
		admin = PeopleFixture.create(accounts, Role.ADMIN);
		staff = PeopleFixture.create(accounts, Role.STAFF);
		for (int i = 1; i <= 60; i++) {
			audit.record("test.paged", "thing", subject, "entry " + i + ".");
		}
	}

	@Test
	void showsTheNextAuditEntriesOnTheSecondPage() {
		String first = page(admin, "/admin/audit?subjectId=" + subject + "&size=25");
		String second = page(admin, "/admin/audit?subjectId=" + subject + "&size=25&page=2");

		assertThat(first).contains("entry 60.", "entry 36.").doesNotContain("entry 35.");
		assertThat(second).contains("entry 35.", "entry 11.")
			.doesNotContain("entry 36.", "entry 10.")
			.contains("Rows 26–50", "page=3");
		assertThat(page(admin, "/admin/audit?subjectId=" + subject + "&size=25&page=3")).contains("entry 1.")
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void answersTheApisListsAPageAtATimeWithTheOtherPagesInTheLinkHeader() {
		MvcTestResult first = mvc.get()
			.uri("/api/v1/admin/audit?subjectId=" + subject + "&size=25")
			.with(user(admin))
			.exchange();
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(25);
		assertThat(first).bodyJson().extractingPath("$[0].details").isEqualTo("entry 60.");
		String next = first.getResponse().getHeader("Link");
		assertThat(next).contains("rel=\"next\"", "page=2", "size=25", "subjectId=" + subject);
		MvcTestResult third = mvc.get()
			.uri("/api/v1/admin/audit?subjectId=" + subject + "&size=25&page=3")
			.with(user(admin))
			.exchange();
		assertThat(third).bodyJson().extractingPath("$.length()").isEqualTo(10);
		assertThat(third.getResponse().getHeader("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

		for (String list : new String[] { "/api/v1/people?size=2", "/api/v1/staff/enrolments?size=2",
				"/api/v1/staff/applications?size=2" }) {
			MvcTestResult page = mvc.get().uri(list).with(user(staff)).exchange();
			assertThat(page).as(list)
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$.length()")
				.asNumber()
				.satisfies(rows -> assertThat(rows.intValue()).isLessThanOrEqualTo(2));
		}
		MvcTestResult people = mvc.get().uri("/api/v1/people?size=2").with(user(staff)).exchange();
		assertThat(people.getResponse().getHeader("Link")).contains("rel=\"next\"", "page=2");
		assertThat(mvc.get().uri("/api/v1/people?size=201").with(user(staff))).hasStatus(400);
	}

	@Test
	void rendersFiftyAuditEntriesWithAsManyStatementsAsFive() {
		page(admin, "/admin/audit?subjectId=" + subject + "&size=5");
		int five = StatementCounter.statementsOf(() -> page(admin, "/admin/audit?subjectId=" + subject + "&size=5"));
		int fifty = StatementCounter.statementsOf(() -> page(admin, "/admin/audit?subjectId=" + subject + "&size=50"));

		assertThat(fifty).isEqualTo(five).isPositive();
	}

	@Test
	void pagesPeopleByName() {
		String marker = "Paged-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 10; i < 16; i++) {
			accounts.createPerson(PeopleFixture.uniqueEmail("paged"), marker + " " + i, Role.VOLUNTEER,
					PeopleFixture.PASSWORD);
		}
		String second = page(admin, "/admin/people?q=" + marker + "&size=4&page=2");

		assertThat(second).contains(marker + " 14", marker + " 15").doesNotContain(marker + " 13");
	}

	@Test
	void refusesJunkPagingOnEveryList() {
		for (String list : new String[] { "/staff/applications", "/staff/enrolments", "/staff/leads",
				"/staff/conduct" }) {
			assertBadRequest(staff, list + "?page=abc", "whole number");
			assertBadRequest(staff, list + "?size=1000", "between 1 and 200");
		}
		assertBadRequest(admin, "/admin/audit?page=-1", "whole number");
		assertBadRequest(admin, "/admin/people?size=0", "between 1 and 200");
		MvcTestResult api = mvc.get().uri("/api/v1/staff/conduct/cases?size=500").with(user(staff)).exchange();
		assertThat(api).hasStatus(400);
		assertThat(api).bodyJson().extractingPath("$.detail").asString().contains("between 1 and 200");
	}

	@Test
	void keepsEachListToItsRoles() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		for (String list : new String[] { "/staff/applications?page=2", "/staff/enrolments?page=2",
				"/staff/leads?page=2", "/admin/audit?page=2", "/admin/people?page=2" }) {
			assertThat(mvc.get().uri(list).with(user(lead))).hasStatus(403);
		}
		assertThat(mvc.get().uri("/admin/audit?page=2").with(user(staff))).hasStatus(403);
		assertThat(mvc.get().uri("/staff/enrolments?page=2").with(user(staff))).hasStatusOk();
	}

	private void assertBadRequest(HearthUser who, String uri, String message) {
		MvcTestResult result = mvc.get().uri(uri).with(user(who)).exchange();
		assertThat(result).hasStatus(400);
		assertThat(body(result)).contains(message);
	}

	private String page(HearthUser who, String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(user(who)).exchange();
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
