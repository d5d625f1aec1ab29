package org.hearth.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hearth.HearthApplication;
import org.hearth.people.Accounts;
import org.hearth.people.ApiTokens;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load on the screening API with flagged and clean messages, then a count of what was
 * acknowledged against what the conduct desk filed. Starts Hearth on a fresh embedded
 * database in a temporary folder, on a free port, in this JVM; the load comes over real
 * HTTP connections.
 *
 * <p>
 * Two runs: {@code closed} keeps 16 connections busy for the given seconds (the most the
 * server can take; every answer counted), then {@code rate} sends 500 requests a second
 * over 16 connections and measures each latency from the moment its request was due, so a
 * stall is counted in full. Usage: {@code FlagLoad [seconds] [rate]}.
 */
public final class FlagLoad {

	static final int CONNECTIONS = 16;

	private static final Pattern FLAG = Pattern.compile("\"flagId\":\"([0-9a-f-]{36})\"");

	private static final List<String> MEMBERS = List.of("discord:load-a", "discord:load-b", "Discord:Load-A",
			"forum:load-c");

	private static final List<String> FLAGGED = List.of("you're a complete idiot", "shut up idiot",
			"ur a pathetic loser", "honestly you should just kill yourself\u0000");

	private static final List<String> CLEAN = List.of("thank you for listening today",
			"that sounds really hard, I'm here with you", "have a good night, talk tomorrow");

	private FlagLoad() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
		int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		Path data = Files.createTempDirectory("hearth-load");
		// Only the application's own settings: the tests' (on this classpath too) point
		// e-mail at a test SMTP server.
		ConfigurableApplicationContext app = SpringApplication.run(HearthApplication.class,
				"--spring.config.location=classpath:/application.properties", "--server.port=0",
				"--hearth.data-dir=" + data, "--hearth.screening.api-messages-per-minute=100000000",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			Accounts accounts = app.getBean(Accounts.class);
			ApiTokens tokens = app.getBean(ApiTokens.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			List<String> clientTokens = new ArrayList<>();
			for (int i = 0; i < CONNECTIONS; i++) {
				clientTokens.add(tokens.create(PeopleFixture.create(accounts, Role.STAFF).id(), "load " + i));
			}
			var serving = new ServingVolunteers(app.getBean(Programs.class), accounts,
					app.getBean(LeadVolunteers.class), app.getBean(Enrolments.class));
			List<PersonId> volunteers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				volunteers.add(serving.volunteer().id());
			}
			var load = new Load(URI.create("http://localhost:" + port + "/api/v1/screenings"), clientTokens,
					volunteers);
			load.warmUp(Duration.ofSeconds(10));
			Result closed = load.closed(Duration.ofSeconds(seconds));
			Result paced = load.paced(Duration.ofSeconds(seconds), rate);
			Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
			acknowledged.addAll(closed.flags());
			acknowledged.addAll(paced.flags());
			acknowledged.addAll(load.warmUpFlags);
			long settleStart = System.nanoTime();
			int filed = 0;
			while (System.nanoTime() - settleStart < Duration.ofSeconds(120).toNanos()) {
				filed = count(jdbc,
						"select count(distinct screening_id) from conduct_report where screening_id in (%s)",
						acknowledged);
				if (filed == acknowledged.size()) {
					break;
				}
				Thread.sleep(1000);
			}
			double settled = (System.nanoTime() - settleStart) / 1e9;
			int reports = count(jdbc, "select count(*) from conduct_report where screening_id in (%s)", acknowledged);
			int duplicateCases = jdbc.sql("""
					select coalesce(sum(n - 1), 0) from (
					  select count(*) as n from conduct_case
					  where status in ('UNREVIEWED', 'IN_REVIEW', 'ESCALATED', 'APPEALED')
					  group by coalesce(volunteer_id::text, subject_kind || ':' || lower(subject_ref))) open""")
				.query(Integer.class)
				.single();
			int suspended = jdbc.sql("select count(*) from person where id in (:ids) and access = 'SUSPENDED'")
				.param("ids", volunteers.stream().map(PersonId::value).toList())
				.query(Integer.class)
				.single();
			System.out.println(closed.describe("closed, 16 connections"));
			System.out.println(paced.describe("paced at " + rate + "/s, 16 connections"));
			System.out.printf(
					"flags acknowledged %d, filed %d (reports %d), duplicate open cases %d, volunteers suspended %d of %d; "
							+ "filing settled %.1f s after the load%n",
					acknowledged.size(), filed, reports, duplicateCases, suspended, volunteers.size(), settled);
		}
		finally {
			app.close();
		}
		// The HTTP client's threads would keep this JVM alive.
		System.exit(0);
	}

	private static int count(JdbcClient jdbc, String sql, Set<UUID> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		int total = 0;
		List<UUID> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += 5000) {
			List<UUID> slice = all.subList(from, Math.min(all.size(), from + 5000));
			String in = String.join(",", slice.stream().map(id -> "'" + id + "'").toList());
			total += jdbc.sql(sql.formatted(in)).query(Integer.class).single();
		}
		return total;
	}

	/** What one run saw. */
	record Result(long requests, long errors, double seconds, long[] latenciesMicros, Set<UUID> flags) {

		String describe(String name) {
			long[] sorted = latenciesMicros.clone();
			Arrays.sort(sorted);
			return "%s: %d requests in %.1f s = %.0f/s, %d errors, %d flags acknowledged; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
				.formatted(name, requests, seconds, requests / seconds, errors, flags.size(), at(sorted, 0.50),
						at(sorted, 0.90), at(sorted, 0.99), at(sorted, 1.0));
		}

		private static double at(long[] sorted, double quantile) {
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
			return sorted[Math.max(0, index)] / 1000.0;
		}

	}

	static final class Load {

		private final URI uri;

		private final List<String> tokens;

		private final List<PersonId> volunteers;

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(4))
			.build();

		final Set<UUID> warmUpFlags = ConcurrentHashMap.newKeySet();

		private final AtomicInteger sequence = new AtomicInteger();

		Load(URI uri, List<String> tokens, List<PersonId> volunteers) {
			this.uri = uri;
			this.tokens = tokens;
			this.volunteers = volunteers;
		}

		void warmUp(Duration duration) throws Exception {
			Result result = closed(duration);
			warmUpFlags.addAll(result.flags());
		}

		Result closed(Duration duration) throws Exception {
			return run(duration, 0);
		}

		Result paced(Duration duration, int perSecond) throws Exception {
			return run(duration, perSecond);
		}

		private Result run(Duration duration, int perSecond) throws Exception {
			Set<UUID> flags = ConcurrentHashMap.newKeySet();
			List<long[]> latencies = new ArrayList<>();
			AtomicInteger errors = new AtomicInteger();
			AtomicInteger requests = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
			CountDownLatch done = new CountDownLatch(CONNECTIONS);
			long start = System.nanoTime();
			long end = start + duration.toNanos();
			for (int c = 0; c < CONNECTIONS; c++) {
				long[] mine = new long[200_000];
				int[] count = { 0 };
				latencies.add(mine);
				String token = tokens.get(c);
				int connection = c;
				pool.execute(() -> {
					try {
						long interval = perSecond == 0 ? 0 : CONNECTIONS * 1_000_000_000L / perSecond;
						long due = start + (perSecond == 0 ? 0 : connection * interval / CONNECTIONS);
						while (true) {
							if (perSecond > 0) {
								long wait = due - System.nanoTime();
								if (wait > 0) {
									Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
								}
							}
							long sent = perSecond == 0 ? System.nanoTime() : due;
							if (sent >= end) {
								break;
							}
							try {
								HttpResponse<String> response = http.send(request(token),
										HttpResponse.BodyHandlers.ofString());
								if (response.statusCode() != 200) {
									errors.incrementAndGet();
								}
								else {
									Matcher flag = FLAG.matcher(response.body());
									if (flag.find()) {
										flags.add(UUID.fromString(flag.group(1)));
									}
								}
							}
							catch (java.io.IOException ex) {
								errors.incrementAndGet();
							}
							requests.incrementAndGet();
							if (count[0] < mine.length) {
								mine[count[0]++] = (System.nanoTime() - sent) / 1000;
							}
							due += interval;
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					finally {
						mine[mine.length - 1] = count[0];
						done.countDown();
					}
				});
			}
			done.await();
			pool.shutdown();
			double seconds = (System.nanoTime() - start) / 1e9;
			long[] all = latencies.stream()
				.flatMapToLong(mine -> Arrays.stream(mine, 0, (int) mine[mine.length - 1]))
				.toArray();
			return new Result(requests.get(), errors.get(), seconds, all, flags);
		}

		private HttpRequest request(String token) {
			int n = sequence.incrementAndGet();
			String body;
			if (n % 2 == 0) {
				body = "{\"text\": %s, \"authorRole\": \"member\", \"memberHandle\": \"discord:%d\"}"
					.formatted(json(CLEAN.get(n / 2 % CLEAN.size())), n);
			}
			else if (n % 4 == 1) {
				String text = FLAGGED.get(n / 4 % 3);
				body = "{\"text\": %s, \"authorRole\": \"member\", \"memberHandle\": %s}".formatted(json(text),
						json(MEMBERS.get(n / 4 % MEMBERS.size())));
			}
			else {
				// A volunteer's harassment opens a case about them; one message in 200 is
				// self-harm encouragement (with a NUL), which suspends them at once.
				String text = n % 200 == 3 ? FLAGGED.get(3) : FLAGGED.get(n / 4 % 3);
				body = "{\"text\": %s, \"authorRole\": \"volunteer\", \"volunteerId\": \"%s\"}".formatted(json(text),
						volunteers.get(n / 4 % volunteers.size()).value());
			}
			return HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}

		private static String json(String text) {
			return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
		}

	}

}
