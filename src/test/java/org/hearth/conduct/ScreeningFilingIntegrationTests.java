package org.hearth.conduct;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.hearth.HearthTest;
import org.hearth.people.Access;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every flag the screening API acknowledges reaches the conduct desk exactly once, on one
 * case per subject, over real HTTP connections and whatever the message holds.
 */
@HearthTest
class ScreeningFilingIntegrationTests {

	static final int CONNECTIONS = 16;

	static final int MESSAGES_PER_CONNECTION = 12;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void filesEveryAcknowledgedFlagOnceOnOneCasePerSubjectUnderSixteenConnections() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> members = List.of("discord:a-" + run, "discord:b-" + run, "DISCORD:A-" + run);
		var serving = new ServingVolunteers(catalog, accounts, leads, enrolments);
		List<HearthUser> volunteers = List.of(serving.volunteer(), serving.volunteer());
		var acknowledged = new ConcurrentHashMap<UUID, String>();
		ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
		var start = new CountDownLatch(1);
		try {
			List<Future<?>> connections = new ArrayList<>();
			for (int connection = 0; connection < CONNECTIONS; connection++) {
				String token = tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "load " + connection);
				int first = connection;
				connections.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < MESSAGES_PER_CONNECTION; i++) {
						int n = first + i;
						boolean fromVolunteer = n % 2 == 0;
						String subject = fromVolunteer ? volunteers.get(n / 2 % 2).id().toString()
								: members.get(n % members.size());
						String body = fromVolunteer
								? """
										{"text": "you're a complete idiot", "authorRole": "volunteer", "volunteerId": "%s"}"""
									.formatted(subject)
								: """
										{"text": "shut up idiot", "authorRole": "member", "memberHandle": "%s"}"""
									.formatted(subject);
						JsonNode answer = post(token, body);
						assertThat(answer.path("action").asString()).isNotEqualTo("allow");
						acknowledged.put(UUID.fromString(answer.path("flagId").asString()), subject.toLowerCase());
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> connection : connections) {
				connection.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(acknowledged).hasSize(CONNECTIONS * MESSAGES_PER_CONNECTION);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(filed(acknowledged.keySet())).isEqualTo(acknowledged.size()));
		assertThat(filedMoreThanOnce(acknowledged.keySet())).isZero();
		for (HearthUser volunteer : volunteers) {
			assertThat(jdbc.sql("select count(*) from conduct_case where volunteer_id = :v")
				.param("v", volunteer.id().value())
				.query(Integer.class)
				.single()).as("cases about a volunteer").isEqualTo(1);
		}
		assertThat(jdbc.sql("select count(*) from conduct_case where lower(subject_ref) in (:handles)")
			.param("handles", members.stream().map(String::toLowerCase).distinct().toList())
			.query(Integer.class)
			.single()).as("cases about the two members").isEqualTo(2);
		Map<String, Integer> reportsPerCase = new ConcurrentHashMap<>();
		jdbc.sql("select case_id, count(*) as n from conduct_report where screening_id in (:ids) group by case_id")
			.param("ids", List.copyOf(acknowledged.keySet()))
			.query((rs, row) -> reportsPerCase.put(rs.getString("case_id"), rs.getInt("n")))
			.list();
		assertThat(reportsPerCase.values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(CONNECTIONS * MESSAGES_PER_CONNECTION);
		assertThat(reportsPerCase).hasSize(4);
	}

	@Test
	void suspendsTheVolunteerWhenTheMessageHoldsANulCharacter() throws Exception {
		HearthUser volunteer = new ServingVolunteers(catalog, accounts, leads, enrolments).volunteer();
		String token = tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "bot");

		JsonNode answer = post(token,
				"""
						{"text": "honestly you should just kill yourself\\u0000", "authorRole": "volunteer", "volunteerId": "%s",
						 "source": "discord\\u0000", "messageRef": "msg-\\ud800-7"}"""
					.formatted(volunteer.id()));

		assertThat(answer.path("action").asString()).isEqualTo("suspend_and_open_critical_case");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(accounts.find(volunteer.id()).orElseThrow().access()).isEqualTo(Access.SUSPENDED));
		assertThat(jdbc.sql("select excerpts || what_happened from conduct_report where screening_id = :id")
			.param("id", UUID.fromString(answer.path("flagId").asString()))
			.query(String.class)
			.single()).contains("kill yourself", "on discord (msg-\uFFFD-7)").doesNotContain("\0");
	}

	@Test
	void filesAMembersFlagWhoseHandleHoldsOnlyCharactersTheDatabaseRefuses() throws Exception {
		String token = tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "bot");

		JsonNode answer = post(token, """
				{"text": "shut up idiot", "authorRole": "member", "memberHandle": "\\u0000\\u0000"}""");

		UUID flag = UUID.fromString(answer.path("flagId").asString());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(filed(List.of(flag))).isEqualTo(1));
	}

	private JsonNode post(String token, String body) throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/screenings"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private int filed(java.util.Collection<UUID> flags) {
		return jdbc.sql("select count(distinct screening_id) from conduct_report where screening_id in (:ids)")
			.param("ids", List.copyOf(flags))
			.query(Integer.class)
			.single();
	}

	private int filedMoreThanOnce(java.util.Collection<UUID> flags) {
		return jdbc.sql("""
				select count(*) from (select screening_id from conduct_report where screening_id in (:ids)
				group by screening_id having count(*) > 1) twice""")
			.param("ids", List.copyOf(flags))
			.query(Integer.class)
			.single();
	}

}
