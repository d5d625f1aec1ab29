package org.hearth;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a newcomer runs it: the command line creates the first admin, the
 * data survives a restart of the embedded database, and the server becomes healthy.
 */
class PackagedJarIT {

	private final Path jar = Path.of(System.getProperty("hearth.jar", "target/hearth.jar"));

	private final Path dataDir = Path.of("target/it-data-" + System.nanoTime()).toAbsolutePath();

	@Test
	void keepsDataAcrossRestartsAndServes() throws Exception {
		Result first = run("create-admin", "--email", "first@it.hearth.example", "--name", "First Admin");
		assertThat(first.exit()).as(first.output()).isZero();
		assertThat(first.output()).contains("Created admin first@it.hearth.example.")
			.contains("/password/reset?token=");

		Result again = run("create-admin", "--email", "first@it.hearth.example");
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.output()).contains("An account with this e-mail already exists.");

		int port = freePort();
		Process server = start("--server.port=" + port);
		try {
			HttpClient http = HttpClient.newHttpClient();
			String health = "";
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (!health.contains("\"UP\"") && System.nanoTime() < deadline && server.isAlive()) {
				try {
					health = http
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
							.build(), HttpResponse.BodyHandlers.ofString())
						.body();
				}
				catch (IOException notYet) {
					Thread.sleep(250);
				}
			}
			assertThat(health).contains("\"status\":\"UP\"");
			var welcome = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(welcome.body()).contains("Welcome to Hearth");
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void screensJsonLinesFromStandardInputInOrderAndAnswersBadLines() throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "screen");
		Process process = new ProcessBuilder(command).start();
		try (var stdin = process.getOutputStream()) {
			stdin.write("""
					{"id": "a", "author_role": "volunteer", "text": "you should just kill yourself"}
					this is not json
					{"id": "b", "author_role": "member", "text": "I want to end it all"}
					{"id": "c", "author_role": "member", "text": "this boss is killing me lol"}
					""".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.toList();

		assertThat(process.exitValue()).isZero();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).contains("\"id\":\"a\"", "SELF_HARM_ENCOURAGEMENT", "suspend_and_open_critical_case");
		assertThat(lines.get(1)).contains("\"error\"");
		assertThat(lines.get(2)).contains("\"id\":\"b\"", "CRISIS");
		assertThat(lines.get(3)).contains("\"id\":\"c\"", "\"categories\":[]");
	}

	private Result run(String... args) throws Exception {
		Process process = start(args);
		boolean done = process.waitFor(120, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(done).as("the command finished").isTrue();
		return new Result(process.exitValue(), output);
	}

	private Process start(String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		command.add("--hearth.data-dir=" + dataDir);
		Files.createDirectories(dataDir);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(args[0].startsWith("--") ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
			.start();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Result(int exit, String output) {
	}

}
