package org.hearth.care;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, not tests: how long from a member's message reaching the screening API (over
 * HTTP, on the running server's port) to the on-duty facilitator's alert stored, and to
 * the alert e-mail received by a real SMTP server (GreenMail) on this machine. One
 * message at a time, each from a new member. Not part of the build (the name matches no
 * test pattern); run it with
 * {@code ./mvnw test -Dtest=CrisisLatencyMeasurement -Dhearth.measure.messages=200}; the
 * figures are written to {@code target/crisis-latency.txt} and reported in
 * docs/performance.md.
 */
@HearthTest
class CrisisLatencyMeasurement {

	static final int MESSAGES = Integer.getInteger("hearth.measure.messages", 100);

	static final int WARM_UP = 10;

	@LocalServerPort
	int port;

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

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
		String loadBefore = load();
		HearthUser swat = CareFixture.swatFacilitator(accounts);
		rota.addChange(swat, Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofHours(1)), true,
				"measurement");
		String token = "Bearer " + tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "bot");
		HttpClient http = HttpClient.newHttpClient();
		URI api = URI.create("http://localhost:" + port + "/api/v1/screenings");
		List<Long> stored = new ArrayList<>();
		List<Long> emailed = new ArrayList<>();
		for (int i = 0; i < WARM_UP + MESSAGES; i++) {
			String handle = "discord:latency-" + UUID.randomUUID();
			int mailsBefore = TestMail.to(mail, swat.email()).size();
			long start = System.nanoTime();
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api)
				.header("Authorization", token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"text": "i want to end it all tonight, this is my last message", "authorRole": "member",
						 "memberHandle": "%s", "source": "discord"}""".formatted(handle)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			long storedAt = waitFor(() -> alertStored(swat, handle));
			long emailedAt = waitFor(() -> TestMail.to(mail, swat.email()).size() > mailsBefore);
			if (i >= WARM_UP) {
				stored.add(storedAt - start);
				emailed.add(emailedAt - start);
			}
		}
		String report = "messages measured: %d (after %d warm-up), one at a time; load average before: %s, after: %s%n"
			.formatted(stored.size(), WARM_UP, loadBefore, load())
				+ "alert stored:   %s%nalert e-mailed: %s%n".formatted(summary(stored), summary(emailed));
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
		double[] ms = nanos.stream().mapToDouble(n -> n / 1_000_000.0).sorted().toArray();
		return "p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(percentile(ms, 50), percentile(ms, 95),
				ms[ms.length - 1]);
	}

	/** The nearest-rank percentile of sorted values. */
	private static double percentile(double[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
