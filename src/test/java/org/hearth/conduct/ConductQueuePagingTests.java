package org.hearth.conduct;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.StatementCounter;
import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The conduct queue in pages: the next page continues where the first stopped, a page's
 * size is bounded, nonsense in the address is answered plainly, and a page costs the same
 * few statements however many rows it shows.
 */
@ConductTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConductQueuePagingTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Reports reports;

	@Autowired
	ConductDesk desk;

	@Autowired
	CaseStore cases;

	HearthUser staff;

	HearthUser otherStaff;

	HearthUser tiedStaff;

	HearthUser movingStaff;

	@Autowired
	JdbcClient jdbc;

	/** The subjects of the cases this staff member took, in the queue's order. */
	final List<HearthUser> subjects = new ArrayList<>();

	@BeforeAll
	void casesTakenByOneStaffMember() {
		staff = PeopleFixture.create(accounts, Role.STAFF);
		otherStaff = PeopleFixture.create(accounts, Role.STAFF);
		tiedStaff = PeopleFixture.create(accounts, Role.STAFF);
		movingStaff = PeopleFixture.create(accounts, Role.STAFF);
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		for (int i = 0; i < 55; i++) {
			HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
			reports.file(ConductFlowIntegrationTests.harassment(subject.id()), reporter);
			ConductCase c = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();
			desk.assignToMe(c.id(), c.version(), staff);
			subjects.add(subject);
		}
	}

	@Test
	void showsTheNextCasesOnTheSecondPage() {
		String first = page("/staff/conduct?mine=true&size=5");
		String second = page("/staff/conduct?mine=true&size=5&page=2");

		assertThat(first).contains(names(0, 5)).doesNotContain(subjects.get(5).displayName());
		assertThat(second).contains(names(5, 10))
			.doesNotContain(subjects.get(4).displayName(), subjects.get(10).displayName())
			.contains("Rows 6–10", "rel=\"prev\"", "page=3", "size=5", "mine=true");
		assertThat(second).contains(staff.displayName());
	}

	@Test
	void showsFiftyCasesAPageUnlessAskedForFewer() {
		String first = page("/staff/conduct?mine=true");

		assertThat(first).contains(names(0, 50)).doesNotContain(subjects.get(50).displayName()).contains("Rows 1–50");
		assertThat(page("/staff/conduct?mine=true&page=2")).contains(names(50, 55)).doesNotContain("rel=\"next\"");
	}

	@Test
	void refusesAPageLargerThanTheCapOrNotANumber() {
		assertBadRequest("/staff/conduct?size=201", "between 1 and 200");
		assertBadRequest("/staff/conduct?size=0", "between 1 and 200");
		assertBadRequest("/staff/conduct?page=0", "between 1 and");
		assertBadRequest("/staff/conduct?page=two", "whole number");
		assertBadRequest("/staff/conduct?size=-5", "whole number");
		assertBadRequest("/staff/conduct?page=99999999999", "whole number");
	}

	@Test
	void saysWhichFilterItCouldNotReadRatherThanFailing() {
		assertBadRequest("/staff/conduct?status=BOGUS", "no case status of that name");
		assertBadRequest("/staff/conduct?severity=x", "could not read (severity)");
		assertBadRequest("/staff/conduct?mine=maybe", "could not read (mine)");
	}

	@Test
	void rendersAPageOfFiftyWithAsManyStatementsAsAPageOfFive() {
		page("/staff/conduct?mine=true&size=5");
		int five = StatementCounter.statementsOf(() -> page("/staff/conduct?mine=true&size=5"));
		int fifty = StatementCounter.statementsOf(() -> page("/staff/conduct?mine=true&size=50"));

		assertThat(fifty).isEqualTo(five).isPositive().isLessThanOrEqualTo(4);
	}

	@Test
	void walksEveryCaseOnceForwardAndBackByKeyWhenCasesWereOpenedAtTheSameMoment() {
		List<HearthUser> tied = casesTakenBy(tiedStaff, 12);
		jdbc.sql("update conduct_case set opened_at = :at where assignee_id = :staff")
			.param("at", java.sql.Timestamp.from(java.time.Instant.parse("2026-01-05T10:00:00Z")))
			.param("staff", tiedStaff.id().value())
			.update();

		List<List<String>> forward = new ArrayList<>();
		String uri = "/staff/conduct?mine=true&size=5";
		List<String> links = new ArrayList<>();
		while (uri != null) {
			links.add(uri);
			String html = page(tiedStaff, uri);
			forward.add(shown(html, tied));
			uri = link(html, "next");
		}

		assertThat(forward).containsExactly(names(tied, 0, 5), names(tied, 5, 10), names(tied, 10, 12));
		assertThat(links.get(1)).contains("page=2", "after=").doesNotContain("before=");
		assertThat(links.get(2)).contains("page=3", "after=");

		String last = page(tiedStaff, links.get(2));
		String previous = link(last, "previous");
		assertThat(previous).contains("page=2", "before=");
		String second = page(tiedStaff, previous);
		assertThat(shown(second, tied)).isEqualTo(names(tied, 5, 10));
		assertThat(second).contains("Rows 6–10");
		String first = page(tiedStaff, link(second, "previous"));
		assertThat(shown(first, tied)).isEqualTo(names(tied, 0, 5));
		assertThat(first).contains("Rows 1–5").doesNotContain("rel=\"prev\"");
	}

	@Test
	void walksTheQueueThroughTheApisLinkHeaderByKey() throws Exception {
		HearthUser taker = PeopleFixture.create(accounts, Role.STAFF);
		List<HearthUser> taken = casesTakenBy(taker, 7);

		List<String> walked = new ArrayList<>();
		List<String> links = new ArrayList<>();
		String uri = "/api/v1/staff/conduct/cases?mine=true&size=3";
		while (uri != null) {
			MvcTestResult result = mvc.get().uri(uri).with(user(taker)).exchange();
			assertThat(result).hasStatusOk();
			walked.addAll(com.jayway.jsonpath.JsonPath.read(body(result), "$[*].subjectName"));
			String header = result.getResponse().getHeader("Link");
			Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(header == null ? "" : header);
			uri = next.find() ? next.group(1) : null;
			if (uri != null) {
				links.add(uri);
			}
		}

		assertThat(walked).containsExactlyElementsOf(names(taken, 0, 7));
		assertThat(links).hasSize(2).allSatisfy(link -> assertThat(link).contains("after=", "mine=true", "size=3"));
		MvcTestResult forged = mvc.get()
			.uri("/api/v1/staff/conduct/cases?page=2&after=abc")
			.with(user(taker))
			.exchange();
		assertThat(forged).hasStatus(400);
		assertThat(forged).bodyJson().extractingPath("$.detail").asString().contains("not one Hearth made");
	}

	@Test
	void continuesAfterTheLastCaseSeenWhenAnEarlierCaseJoinsTheQueueMeanwhile() {
		List<HearthUser> seen = casesTakenBy(movingStaff, 8);
		String first = page(movingStaff, "/staff/conduct?mine=true&size=3");
		assertThat(shown(first, seen)).isEqualTo(names(seen, 0, 3));

		// The last case now sorts before every other: a page read by skipping three lines
		// would show the third case again.
		jdbc.sql("update conduct_case set opened_at = opened_at - interval '1 day' where volunteer_id = :v")
			.param("v", seen.get(7).id().value())
			.update();
		String second = page(movingStaff, link(first, "next"));

		assertThat(shown(second, seen)).isEqualTo(names(seen, 3, 6));
	}

	@Test
	void answersAPageLinkHearthDidNotMakePlainly() {
		assertBadRequest("/staff/conduct?page=2&after=abc", "not one Hearth made");
		assertBadRequest("/staff/conduct?page=2&before=1-2", "not one Hearth made");
		assertBadRequest("/staff/conduct?page=2&after=9-1700000000000000-4", "severity");
	}

	@Test
	void followsTheSameLinksInPlaceWithHtmx() {
		MvcTestResult result = mvc.get()
			.uri("/staff/conduct?mine=true&size=5&page=2")
			.header("HX-Request", "true")
			.with(user(staff))
			.exchange();

		assertThat(result).hasStatusOk();
		String fragment = body(result);
		assertThat(fragment).startsWith("<div id=\"cases\"").contains(names(5, 10)).doesNotContain("<html");
		assertThat(fragment).contains("hx-get=\"/staff/conduct?mine=true&amp;page=3&amp;size=5&amp;after=");
	}

	@Test
	void keepsTheQueueFromEveryoneButStaff() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		assertThat(mvc.get().uri("/staff/conduct?page=2").with(user(lead))).hasStatus(403);
		assertThat(mvc.get().uri("/staff/conduct?page=2")).hasStatus(302);
		assertThat(page(otherStaff, "/staff/conduct?mine=true")).doesNotContain(subjects.get(0).displayName());
	}

	/** Cases about new volunteers, filed one after another and taken by {@code taker}. */
	private List<HearthUser> casesTakenBy(HearthUser taker, int count) {
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		List<HearthUser> taken = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
			reports.file(ConductFlowIntegrationTests.harassment(subject.id()), reporter);
			ConductCase c = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();
			desk.assignToMe(c.id(), c.version(), taker);
			taken.add(subject);
		}
		return taken;
	}

	/** The names of {@code among} that the page shows, in the order it shows them. */
	private static List<String> shown(String html, List<HearthUser> among) {
		return among.stream()
			.map(HearthUser::displayName)
			.filter(html::contains)
			.sorted(java.util.Comparator.comparingInt(html::indexOf))
			.toList();
	}

	private static List<String> names(List<HearthUser> people, int from, int to) {
		return people.subList(from, to).stream().map(HearthUser::displayName).toList();
	}

	/** The address of the pager's previous or next link, or {@code null}. */
	private static String link(String html, String which) {
		Matcher link = Pattern
			.compile("<a href=\"([^\"]+)\"[^>]*rel=\"" + (which.equals("next") ? "next" : "prev") + "\"")
			.matcher(html);
		return link.find() ? link.group(1).replace("&amp;", "&") : null;
	}

	private String[] names(int from, int to) {
		return subjects.subList(from, to).stream().map(HearthUser::displayName).toArray(String[]::new);
	}

	private void assertBadRequest(String uri, String message) {
		MvcTestResult result = mvc.get().uri(uri).with(user(staff)).exchange();
		assertThat(result).hasStatus(400);
		assertThat(body(result)).contains(message);
	}

	private String page(String uri) {
		return page(staff, uri);
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
