package org.hearth.care;

import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Care's pages and API read as people write: day names, country and language names, the
 * member's own words where they are called theirs, unknown country codes refused with
 * what to use, the platform of a reported member's handle, and the refusals the API
 * documents.
 */
@HearthTest
class CarePagesWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DutyRota rota;

	@Autowired
	AuditLog audit;

	@Autowired
	Escalations escalations;

	@Test
	void theRotaNamesTheDaysInEnglish() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		rota.addHours(lead, java.time.DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(22, 0), "Europe/London");

		assertThat(mvc.get().uri("/care/rota").with(user(lead)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Wednesday 18:00", ">Monday</option>", ">Sunday</option>")
			.doesNotContain("WEDNESDAY 18:00", ">MONDAY</option>");
	}

	@Test
	void theRotaOffersALeadWithoutHoursTheirOwnZoneByItsName() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);

		assertThat(mvc.get().uri("/care/rota").with(user(lead))).hasStatusOk()
			.bodyText()
			.contains("name=\"timeZone\" value=\"UTC\"")
			.doesNotContain("value=\"Z\"");
		assertThat(mvc.get()
			.uri("/care/rota")
			.with(user(lead))
			.cookie(new jakarta.servlet.http.Cookie(org.hearth.shared.ViewerZone.COOKIE, "Asia/Kolkata"))).hasStatusOk()
			.bodyText()
			.contains("name=\"timeZone\" value=\"Asia/Kolkata\"");
	}

	@Test
	void refusesAChangeStartingAtATimeTheClocksSkip() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);

		assertThat(mvc.post()
			.uri("/care/rota/changes")
			.with(csrf())
			.with(user(lead))
			.param("startsAt", "2027-03-14T02:30")
			.param("endsAt", "2027-03-14T04:00")
			.param("timeZone", "America/New_York")
			.param("onDuty", "true")
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"startsAt-error\">There is no 02:30 on 14 March 2027 in America/New_York");
	}

	@Test
	void theRotaTiesEachTimeZoneLabelToTheFieldOfItsOwnForm() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);

		assertThat(mvc.get().uri("/care/rota").with(user(lead))).hasStatusOk()
			.bodyText()
			.containsOnlyOnce("id=\"timeZone\"")
			.contains("<label for=\"change-timeZone\">In the time zone</label>", "id=\"change-timeZone\"");
		var now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withSecond(0).withNano(0);
		assertThat(mvc.post()
			.uri("/care/rota/changes")
			.with(csrf())
			.with(user(lead))
			.param("startsAt", now.plusDays(1).toString())
			.param("endsAt", now.plusDays(2).toString())
			.param("timeZone", "Mars/Base")
			.param("onDuty", "false")
			.exchange()).hasStatusOk()
			.bodyText()
			.containsOnlyOnce("id=\"timeZone\"")
			.contains("aria-describedby=\"change-timeZone-error\"",
					"id=\"change-timeZone-error\">Choose a time zone such as Europe/London");
	}

	@Test
	void theRotaRefusesAOneOffChangeThatIsOverOrLastsLongerThanAMonthBesideTheEnd() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		var now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withSecond(0).withNano(0);

		assertThat(addChange(lead, now.minusDays(3), now.minusDays(2))).hasStatusOk()
			.bodyText()
			.contains("That change would already be over", "Choose an end that is still to come");
		assertThat(addChange(lead, now, now.plusYears(5))).hasStatusOk()
			.bodyText()
			.contains("A one-off change lasts at most 31 days", "change your weekly hours instead");
		assertThat(rota.rotaOf(lead.id()).changes()).isEmpty();

		assertThat(addChange(lead, now, now.plusDays(31))).hasStatus3xxRedirection();
		assertThat(rota.rotaOf(lead.id()).changes()).hasSize(1);
	}

	@Test
	void theApiRefusesAOneOffChangeThatIsOverOrLastsLongerThanAMonthAndKeepsAGoodOne() {
		HearthUser lead = PeopleFixture.create(accounts, Role.LEAD);
		String token = tokens.create(lead.id(), "rota");
		var now = java.time.Instant.now();

		assertThat(postChange(token, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)))).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors.endsAt")
			.asString()
			.contains("would already be over", "Choose an end that is still to come");
		assertThat(postChange(token, now, now.plus(Duration.ofDays(3650)))).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors.endsAt")
			.asString()
			.contains("at most 31 days", "change your weekly hours instead");
		assertThat(rota.rotaOf(lead.id()).changes()).isEmpty();

		var saved = postChange(token, now, now.plus(Duration.ofDays(2)));
		assertThat(saved).hasStatus(201).bodyJson().extractingPath("$.onDuty").isEqualTo(false);
		DutyChange change = rota.rotaOf(lead.id()).changes().get(0);
		assertThat(audit
			.find(new AuditQuery(null, "care.duty-change-added", "person", lead.id().toString(), null, null), 5))
			.singleElement()
			.extracting(AuditEntry::details)
			.asString()
			.matches("Away \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} to \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
		assertThat(mvc.get().uri("/api/v1/care/rota").header("Authorization", "Bearer " + token).exchange())
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.changes[0].id")
			.isEqualTo(change.id().toString());
		assertThat(mvc.delete()
			.uri("/api/v1/care/rota/changes/" + change.id())
			.header("Authorization", "Bearer " + token)
			.exchange()).hasStatus(204);
		assertThat(rota.rotaOf(lead.id()).changes()).isEmpty();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult postChange(String token, java.time.Instant from,
			java.time.Instant until) {
		return mvc.post()
			.uri("/api/v1/care/rota/changes")
			.header("Authorization", "Bearer " + token)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"startsAt": "%s", "endsAt": "%s", "onDuty": false, "note": "Away"}""".formatted(from, until))
			.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult addChange(HearthUser lead,
			java.time.LocalDateTime from, java.time.LocalDateTime until) {
		return mvc.post()
			.uri("/care/rota/changes")
			.with(csrf())
			.with(user(lead))
			.param("startsAt", from.toString())
			.param("endsAt", until.toString())
			.param("timeZone", "UTC")
			.param("onDuty", "false")
			.param("note", "Away")
			.exchange();
	}

	@Test
	void theStaffHomePageCountsTheEscalationsWaitingAndLinksToTheList() throws Exception {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		escalations.open(new NewEscalation(Escalation.Trigger.VOLUNTEER_CONCERN, null,
				Member.parse("forum", "home-count-" + UUID.randomUUID()), null, "They said goodbye.", null,
				Severity.HIGH));

		String home = mvc.get().uri("/").with(user(staff)).exchange().getResponse().getContentAsString();

		var count = java.util.regex.Pattern.compile("<h2[^>]*>Escalations waiting \\((\\d+)\\)</h2>").matcher(home);
		assertThat(count.find()).as("a card titled with the count of escalations waiting").isTrue();
		assertThat(Integer.parseInt(count.group(1))).isPositive();
		assertThat(home).contains("href=\"/care/escalations\">Escalations waiting (" + count.group(1) + ")</a>",
				"for someone to say they have it");
	}

	@Test
	void theStaffHomeCardSaysHowManyWaitForWhat() {
		assertThat(CareAccess.waitingWords(new Escalations.Waiting(1, 0)))
			.isEqualTo("1 waits for someone to say they have it.");
		assertThat(CareAccess.waitingWords(new Escalations.Waiting(2, 3)))
			.isEqualTo("2 wait for someone to say they have it; 3 are acknowledged and waiting for what was done "
					+ "to be recorded.");
		assertThat(CareAccess.waitingWords(new Escalations.Waiting(0, 1)))
			.isEqualTo("1 is acknowledged and waiting for what was done to be recorded.");
	}

	@Test
	void theConcernFormOffersTheKnownPlatformsAndRefusesAnotherBesideTheField() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);

		assertThat(mvc.get().uri("/care/concerns/new").with(user(volunteer)).exchange()).hasStatusOk()
			.bodyText()
			.contains("<option value=\"discord\"", "<option value=\"forum\"", "<option value=\"other\"");
		assertThat(mvc.post()
			.uri("/care/concerns")
			.with(csrf())
			.with(user(volunteer))
			.param("platform", "myspace")
			.param("handle", "willow")
			.param("whatYouSaw", "They said goodbye.")
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"platform-error\"", "Hearth does not know \u201cmyspace\u201d as a platform");
		assertThat(escalations.recent()).noneMatch(line -> line.member().endsWith(":willow"));
	}

	@Test
	void aVolunteerPastTheHourlyLimitIsToldToReachStaffDirectly() {
		PeopleFixture.create(accounts, Role.STAFF);
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		HearthUser facilitator = CareFixture.swatFacilitator(accounts);
		rota.addChange(facilitator, java.time.Instant.now().minus(Duration.ofMinutes(1)),
				java.time.Instant.now().plus(Duration.ofHours(1)), true, "limit test");
		String handle = "flood-" + UUID.randomUUID();
		try {
			for (int i = 0; i < 10; i++) {
				assertThat(concern(volunteer, handle)).hasStatus3xxRedirection()
					.hasRedirectedUrl("/care/concerns/sent");
			}

			assertThat(concern(volunteer, handle)).hasStatusOk()
				.bodyText()
				.contains("10 of your", "within the last hour", "Staff have been told", "reach staff directly",
						"call the local emergency number now", handle);
		}
		finally {
			rota.rotaOf(facilitator.id()).changes().forEach(change -> rota.removeChange(facilitator, change.id()));
		}
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult concern(HearthUser volunteer, String handle) {
		return mvc.post()
			.uri("/care/concerns")
			.with(csrf())
			.with(user(volunteer))
			.param("platform", "discord")
			.param("handle", handle)
			.param("whatYouSaw", "They said goodbye to the server.")
			.exchange();
	}

	@Test
	void noBotMarksAReplyOnOtherSentAndStaffRecordCarryingItThemselves() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String integration = tokens.create(staff.id(), "discord bot", org.hearth.people.TokenScope.SCREENING);
		EscalationId id = escalations.open(new NewEscalation(Escalation.Trigger.SCREENING,
				"screening:" + UUID.randomUUID(), Member.parse("other", "placed-nowhere-" + UUID.randomUUID()), null,
				"Screening noticed a crisis in a message.", null, Severity.HIGH));
		OutboxMessage reply = escalations.open(id).replies().get(0);

		assertThat(mvc.post()
			.uri("/api/v1/care/outbox/" + reply.id() + "/sent")
			.header("Authorization", "Bearer " + integration)
			.exchange()).hasStatus(422)
			.bodyText()
			.contains("No bot carries replies on other platforms", "carry those themselves");
		assertThat(escalations.open(id).replies().get(0).sentAt()).isNull();

		assertThat(mvc.get().uri("/care/escalations/" + id).with(user(staff)).exchange()).hasStatusOk()
			.bodyText()
			.contains("I carried this reply to the member myself",
					"/care/escalations/" + id + "/replies/" + reply.id() + "/carried");
		String carried = "/care/escalations/" + id + "/replies/" + reply.id() + "/carried";
		assertThat(mvc.post().uri(carried).with(user(staff)).exchange()).hasStatus(403);
		assertThat(escalations.open(id).replies().get(0).sentAt()).isNull();

		assertThat(mvc.post().uri(carried).with(csrf()).with(user(staff)).exchange()).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "Recorded that you carried the reply to the member. Thank you.");
		var file = escalations.open(id);
		assertThat(file.replies().get(0).sentAt()).isNotNull();
		assertThat(file.ladder()).anySatisfy(step -> assertThat(step.detail())
			.isEqualTo(staff.displayName() + " carried the reply to other:" + reply.handle() + " themselves."));
		assertThat(mvc.get().uri("/care/escalations/" + id).with(user(staff)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("I carried this reply to the member myself");
	}

	@Test
	void theOutboxRefusesAPlatformHearthDoesNotKnowWithTheChoices() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String token = tokens.create(staff.id(), "bot");

		assertThat(mvc.get()
			.uri("/api/v1/care/outbox?platform=myspace")
			.header("Authorization", "Bearer " + token)
			.exchange()).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors.platform")
			.asString()
			.contains("discord or forum");
		assertThat(mvc.get()
			.uri("/api/v1/care/outbox?platform=Other")
			.header("Authorization", "Bearer " + token)
			.exchange()).hasStatusOk();
	}

	@Test
	void theSupportPageNamesTheCountryAndLanguageAndRefusesAnUnknownCode() {
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);

		assertThat(mvc.get().uri("/care/support?country=GB&language=en").with(user(applicant)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Lines for United Kingdom in English.", "Samaritans");
		assertThat(mvc.get().uri("/care/support?country=ZZ").with(user(applicant)).exchange()).hasStatusOk()
			.bodyText()
			.contains("ZZ is not a country code we know. Use the two-letter ISO code of the country",
					"Find A Helpline");
	}

	@Test
	void theApiRefusesAnUnknownCountryCodeWithWhatToUseAndDocumentsIt() {
		HearthUser applicant = PeopleFixture.create(accounts, Role.APPLICANT);
		String token = tokens.create(applicant.id(), "lines");

		assertThat(mvc.get()
			.uri("/api/v1/crisis-resources?country=ZZ")
			.header("Authorization", "Bearer " + token)
			.exchange()).hasStatus(422)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("ZZ is not a country code we know");
		assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/crisis-resources'].get.responses")
			.asMap()
			.containsKey("422");
		assertThat(mvc.get().uri("/v3/api-docs").exchange()).bodyJson()
			.extractingPath("$.paths['/api/v1/care/outbox'].get.responses")
			.asMap()
			.containsKey("422");
	}

	@Test
	void anUnknownCountryOfAMemberIsRefusedAndTheEscalationShowsTheirOwnWords() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		EscalationId id = escalations.open(new NewEscalation(Escalation.Trigger.SCREENING,
				"screening:" + UUID.randomUUID(), Member.parse("discord", "words-" + UUID.randomUUID()), null,
				"Screening noticed a crisis in a message on discord.", "I cannot keep going like this", Severity.HIGH));

		var page = mvc.get().uri("/care/escalations/" + id.value()).with(user(staff)).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.containsSubsequence("What was seen", "Screening noticed a crisis in a message on discord.",
					"In their words", "I cannot keep going like this")
			.contains(escalations.open(id).resources().resources().size() == 1
					? "A reply with 1 crisis resource is waiting" : "crisis resources is waiting")
			.doesNotContain("A reply with 1 crisis resources");

		long memberVersion = escalations.open(id).member().version();
		assertThat(mvc.post()
			.uri("/care/escalations/" + id.value() + "/member")
			.with(csrf())
			.with(user(staff))
			.param("memberVersion", String.valueOf(memberVersion))
			.param("country", "ZZ")
			.param("language", "en")
			.param("timeZone", "")
			.exchange()).hasStatusOk().bodyText().contains("ZZ is not a country code we know");
		assertThat(escalations.open(id).member().country()).isNull();
	}

	@Test
	void aReportedMembersPlainHandleTakesThePlatformTheReporterChose() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		String handle = "plain-" + UUID.randomUUID();

		assertThat(mvc.get().uri("/conduct/reports/new?category=MEMBER_AT_RISK").with(user(volunteer)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Where the member is", "value=\"discord\"");
		assertThat(mvc.post()
			.uri("/conduct/reports")
			.with(csrf())
			.with(user(volunteer))
			.param("category", "MEMBER_AT_RISK")
			.param("about", "MEMBER")
			.param("reference", handle)
			.param("platform", "forum")
			.param("whatHappened", "They wrote that nothing matters any more.")
			.param("safe", "true")
			.exchange()).hasStatus3xxRedirection();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> escalations.recent().stream().anyMatch(line -> line.member().equals("forum:" + handle)));
		assertThat(escalations.recent()).noneMatch(line -> line.member().equals("unknown:" + handle));
	}

}
