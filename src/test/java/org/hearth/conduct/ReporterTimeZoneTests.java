package org.hearth.conduct;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.shared.ViewerZone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A reporter reads and types times in their own time zone, which their browser names in a
 * cookie; without it, or with a zone that does not exist, times are UTC and say so.
 */
@ConductTest
class ReporterTimeZoneTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ReportStore reports;

	@Autowired
	Reports filing;

	@Autowired
	CaseStore cases;

	@Test
	void readsTheTimeAReporterTypesInTheirOwnZone() {
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);

		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(user(reporter))
			.with(csrf())
			.cookie(new Cookie(ViewerZone.COOKIE, "Asia/Tokyo"))
			.param("about", "ME")
			.param("category", "CONFLICT")
			.param("whatHappened", "A long argument in the voice channel left me shaken.")
			.param("happenedAt", "2026-11-30T09:00")
			.param("safe", "true")).hasStatus3xxRedirection();

		Report filed = reports.filedBy(reporter.id()).get(0);
		assertThat(filed.happenedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
	}

	@Test
	void showsWhenAReportWasSentInTheReadersZoneAndNamesIt() {
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		mvc.post()
			.uri("/conduct/reports")
			.with(user(reporter))
			.with(csrf())
			.param("about", "ME")
			.param("category", "CONFLICT")
			.param("whatHappened", "Someone kept talking over me in the meeting.")
			.param("safe", "true")
			.exchange();
		Report filed = reports.filedBy(reporter.id()).get(0);
		String page = "/conduct/reports/" + filed.id().value();

		assertThat(mvc.get().uri(page).with(user(reporter)).cookie(new Cookie(ViewerZone.COOKIE, "America/Chicago")))
			.hasStatusOk()
			.bodyText()
			.contains(shown(filed.filedAt(), "America/Chicago") + " America/Chicago");
		assertThat(mvc.get().uri(page).with(user(reporter))).hasStatusOk()
			.bodyText()
			.contains(shown(filed.filedAt(), "UTC") + " UTC");
		assertThat(mvc.get().uri(page).with(user(reporter)).cookie(new Cookie(ViewerZone.COOKIE, "Mars/Olympus_Mons")))
			.hasStatusOk()
			.bodyText()
			.contains(shown(filed.filedAt(), "UTC") + " UTC")
			.doesNotContain("Mars");
	}

	@Test
	void staffReadWhenItHappenedAndEachNoteOfTheCaseInTheirZoneAndItsName() throws Exception {
		HearthUser reporter = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser subject = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		Instant happened = Instant.parse("2026-11-30T09:15:00Z");
		filing.file(
				new NewReport(Subject.volunteer(subject.id()), ReportCategory.HARASSMENT,
						"They mocked a member for asking for help, twice.", null, null, happened, true, false),
				reporter);
		ConductCase c = cases.findOpen(Subject.volunteer(subject.id())).orElseThrow();

		String page = mvc.get()
			.uri("/staff/conduct/cases/" + c.id().value())
			.with(user(staff))
			.cookie(new Cookie(ViewerZone.COOKIE, "America/Chicago"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(page).contains("It happened on 2026-11-30 03:15 America/Chicago");
		String log = page.substring(page.indexOf("<ol class=\"log\">"),
				page.indexOf("</ol>", page.indexOf("<ol class=\"log\">")));
		assertThat(log).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} America/Chicago");
	}

	private static String shown(Instant at, String zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH).format(at.atZone(ZoneId.of(zone)));
	}

}
