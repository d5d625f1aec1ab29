package org.hearth.care;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, not tests: how long from a member's message reaching the screening API to the
 * on-duty facilitator's alert stored, and to the alert e-mail received by a real SMTP
 * server. Not part of the build (the name matches no test pattern); run it with
 * {@code ./mvnw test -Dtest=CrisisLatencyMeasurement}; the figures are written to
 * {@code target/crisis-latency.txt} and reported in docs/care.md.
 */
@HearthTest
class CrisisLatencyMeasurement {

	static final int MESSAGES = 40;

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DutyRota rota;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measuresFromTheScreeningApiToTheAlertStoredAndEmailed() throws Exception {
		HearthUser swat = CareFixture.swatFacilitator(accounts);
		rota.addChange(swat, Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofHours(1)), true,
				"measurement");
		String token = "Bearer " + tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "bot");
		List<Long> stored = new ArrayList<>();
		List<Long> emailed = new ArrayList<>();
		for (int i = 0; i < MESSAGES; i++) {
			String handle = "discord:latency-" + UUID.randomUUID();
			int mailsBefore = TestMail.to(mail, swat.email()).size();
			long start = System.nanoTime();
			assertThat(mvc.post()
				.uri("/api/v1/screenings")
				.header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"text": "i want to end it all tonight, this is my last message", "authorRole": "member",
						 "memberHandle": "%s", "source": "discord"}""".formatted(handle))).hasStatusOk();
			long storedAt = waitFor(() -> alertStored(swat, handle));
			long emailedAt = waitFor(() -> TestMail.to(mail, swat.email()).size() > mailsBefore);
			if (i >= 5) {
				stored.add(storedAt - start);
				emailed.add(emailedAt - start);
			}
		}
		String report = "messages measured: %d (after 5 warm-up)%nalert stored:  %s%nalert e-mailed: %s%n"
			.formatted(stored.size(), summary(stored), summary(emailed));
		Files.writeString(Path.of("target/crisis-latency.txt"), report);
		System.out.println(report);
	}

	private boolean alertStored(HearthUser swat, String handle) {
		return jdbc.sql("""
				select count(*) from notification n
				join care_escalation e on n.link = '/care/escalations/' || e.id
				join care_member m on m.id = e.member_id
				where n.recipient_id = :swat and m.platform || ':' || m.handle = :handle""")
			.param("swat", swat.id().value())
			.param("handle", handle)
			.query(Integer.class)
			.single() > 0;
	}

	private static long waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Nothing arrived within a minute");
			}
			Thread.sleep(2);
		}
		return System.nanoTime();
	}

	private static String summary(List<Long> nanos) {
		long[] ms = nanos.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
		return "median %d ms, p90 %d ms, max %d ms".formatted(ms[ms.length / 2], ms[(int) (ms.length * 0.9)],
				Arrays.stream(ms).max().orElse(0));
	}

}
