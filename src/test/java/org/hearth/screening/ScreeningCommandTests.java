package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON-lines contract of {@code hearth screen}. */
class ScreeningCommandTests {

	static List<String> run(byte[] input) {
		return run(input, Screener.withShippedRules());
	}

	static List<String> run(byte[] input, Screener screener) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = ScreeningCommand.run(new ByteArrayInputStream(input), out, screener);
		assertThat(code).isZero();
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	static List<String> run(String input) {
		return run(input.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void answersEveryLineInInputOrder() {
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < 1500; i++) {
			String text = i % 3 == 0 ? "kill yourself" : "have a nice day";
			in.append("{\"id\": \"m")
				.append(i)
				.append("\", \"author_role\": \"volunteer\", \"text\": \"")
				.append(text)
				.append("\", \"expected\": []}\n");
		}
		List<String> lines = run(in.toString());
		assertThat(lines).hasSize(1500);
		for (int i = 0; i < 1500; i++) {
			assertThat(lines.get(i)).startsWith("{\"id\":\"m" + i + "\",");
			assertThat(lines.get(i).contains("SELF_HARM_ENCOURAGEMENT")).isEqualTo(i % 3 == 0);
		}
	}

	@Test
	void readsTheSameFieldNamesAsTheApiAndStillTheOldOnes() {
		List<String> lines = run(
				"{\"id\":\"new\",\"authorRole\":\"volunteer\",\"text\":\"you should stop your meds\"}\n"
						+ "{\"id\":\"old\",\"author_role\":\"volunteer\",\"text\":\"you should stop your meds\"}\n"
						+ "{\"id\":\"none\",\"text\":\"hi\"}\n");

		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("\"id\":\"new\"", "\"suggestedRewording\":\"").doesNotContain("error");
		assertThat(lines.get(1)).contains("\"id\":\"old\"", "\"suggestedRewording\":\"").doesNotContain("error");
		assertThat(lines.get(2))
			.isEqualTo("{\"id\":\"none\",\"error\":\"missing \\\"authorRole\\\" (volunteer or member)\"}");
	}

	@Test
	void writesCategoriesFindingsAndAction() {
		List<String> lines = run(
				"{\"id\":\"a\",\"author_role\":\"volunteer\",\"text\":\"you should stop your meds\"}\n");
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line).contains("\"categories\":[\"MEDICAL_ADVICE\"]");
			assertThat(line).contains(
					"\"findings\":[{\"category\":\"MEDICAL_ADVICE\",\"start\":0,\"end\":25,\"severity\":\"medium\","
							+ "\"tier\":\"rules\",\"score\":1.000}]");
			assertThat(line).contains("\"action\":\"open_case_with_suggested_rewording\"");
			assertThat(line).contains("\"suggested_rewording\":\"");
		});
	}

	@Test
	void screensWithTheRulesAloneByDefaultAndSaysWhichTierFoundWhatWithTheModel() {
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			String text = i % 4 == 0 ? "if it hurts that much, a few more cuts won't make a difference"
					: i % 4 == 1 ? "kill yourself" : "see you at the picnic on sunday";
			in.append("{\"id\":")
				.append(i)
				.append(",\"author_role\":\"volunteer\",\"text\":\"")
				.append(text)
				.append("\"}\n");
		}
		byte[] input = in.toString().getBytes(StandardCharsets.UTF_8);
		// The default: the rules alone (the learned tier is off by default), which miss
		// the first message's meaning.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ScreeningCommand.run(new ByteArrayInputStream(input), out)).isZero();
		List<String> rules = out.toString(StandardCharsets.UTF_8).lines().toList();
		// With the learned tier (--with-model), the model finds it and says so.
		List<String> cascade = run(input, Screener.withShippedModel());
		assertThat(rules).hasSize(40);
		assertThat(cascade).hasSize(40);
		for (int i = 0; i < 40; i++) {
			assertThat(rules.get(i)).startsWith("{\"id\":" + i + ",");
			assertThat(cascade.get(i)).startsWith("{\"id\":" + i + ",");
			switch (i % 4) {
				case 0 -> {
					assertThat(rules.get(i)).contains("\"categories\":[]");
					assertThat(cascade.get(i)).contains("\"category\":\"SELF_HARM_ENCOURAGEMENT\"")
						.contains("\"tier\":\"model\"");
				}
				case 1 -> {
					assertThat(rules.get(i)).contains("\"category\":\"SELF_HARM_ENCOURAGEMENT\"")
						.contains("\"tier\":\"rules\",\"score\":1.000");
					assertThat(cascade.get(i)).contains("\"category\":\"SELF_HARM_ENCOURAGEMENT\"")
						.contains("\"tier\":\"rules\",\"score\":1.000");
				}
				default -> {
					assertThat(rules.get(i)).contains("\"categories\":[]");
					assertThat(cascade.get(i)).contains("\"categories\":[]");
				}
			}
		}
	}

	@Test
	void answersABadLineOnItsLineAndGoesOn() {
		byte[] invalidUtf8 = { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n' };
		String nested = "{\"id\":\"deep\",\"author_role\":\"member\",\"text\":\"hi\",\"x\":" + "[".repeat(5000)
				+ "]".repeat(5000) + "}\n";
		String rest = "not json at all\n" + "{\"id\":\"r\",\"author_role\":\"member\"}\n"
				+ "{\"id\":\"q\",\"author_role\":\"robot\",\"text\":\"hi\"}\n"
				+ "{\"author_role\":\"member\",\"text\":\"hi\"}\n" + "[1,2,3]\n"
				+ "{\"id\":\"t\",\"author_role\":\"member\",\"text\":\"hi\"\n" + "\n"
				+ "{\"id\":7,\"author_role\":\"member\",\"text\":\"i want to die\"}\n";
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		input.writeBytes(invalidUtf8);
		input.writeBytes(nested.getBytes(StandardCharsets.UTF_8));
		input.writeBytes(rest.getBytes(StandardCharsets.UTF_8));
		List<String> lines = run(input.toByteArray());
		assertThat(lines).hasSize(9);
		assertThat(lines.get(0)).isEqualTo("{\"id\":null,\"error\":\"line is not valid UTF-8\"}");
		assertThat(lines.get(1)).startsWith("{\"id\":\"deep\",\"error\":");
		assertThat(lines.get(2)).startsWith("{\"id\":null,\"error\":");
		assertThat(lines.get(3)).isEqualTo("{\"id\":\"r\",\"error\":\"missing \\\"text\\\" (a string)\"}");
		assertThat(lines.get(4))
			.isEqualTo("{\"id\":\"q\",\"error\":\"\\\"authorRole\\\" must be volunteer or member\"}");
		assertThat(lines.get(5)).startsWith("{\"id\":null,\"error\":\"missing \\\"id\\\"");
		assertThat(lines.get(6)).isEqualTo("{\"id\":null,\"error\":\"line is not a JSON object\"}");
		assertThat(lines.get(7)).startsWith("{\"id\":\"t\",\"error\":\"malformed JSON");
		assertThat(lines.get(8)).startsWith("{\"id\":7,\"categories\":[\"CRISIS\"]");
	}

	@Test
	void answersTextThatIsNotAStringWithAnErrorOnItsLine() {
		List<String> lines = run("{\"id\":\"n\",\"authorRole\":\"member\",\"text\":12}\n"
				+ "{\"id\":\"b\",\"authorRole\":\"member\",\"text\":true}\n"
				+ "{\"id\":\"l\",\"authorRole\":\"member\",\"text\":[\"kill yourself\"]}\n"
				+ "{\"id\":\"z\",\"authorRole\":\"member\",\"text\":null}\n"
				+ "{\"id\":\"ok\",\"authorRole\":\"member\",\"text\":\"12\"}\n");

		assertThat(lines).containsExactly("{\"id\":\"n\",\"error\":\"\\\"text\\\" must be a string\"}",
				"{\"id\":\"b\",\"error\":\"\\\"text\\\" must be a string\"}",
				"{\"id\":\"l\",\"error\":\"\\\"text\\\" must be a string\"}",
				"{\"id\":\"z\",\"error\":\"missing \\\"text\\\" (a string)\"}",
				"{\"id\":\"ok\",\"categories\":[],\"findings\":[],\"action\":\"none\"}");
	}

	@Test
	void readsPreviousMessagesAsTheApiDoes() {
		List<String> lines = run(
				"{\"id\":\"do\",\"authorRole\":\"volunteer\",\"text\":\"then just do it\",\"previousMessages\":[\"i want to die\"]}\n"
						+ "{\"id\":\"yes\",\"authorRole\":\"member\",\"text\":\"yeah\","
						+ "\"previous_messages\":[\"hello\",\"are you thinking about killing yourself?\"]}\n"
						+ "{\"id\":\"alone\",\"authorRole\":\"volunteer\",\"text\":\"then just do it\"}\n"
						+ "{\"id\":\"none\",\"authorRole\":\"member\",\"text\":\"yeah\",\"previousMessages\":null}\n");

		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("{\"id\":\"do\",\"categories\":[\"SELF_HARM_ENCOURAGEMENT\"]");
		assertThat(lines.get(1)).startsWith("{\"id\":\"yes\",\"categories\":[\"CRISIS\"]");
		assertThat(lines.get(2)).startsWith("{\"id\":\"alone\",\"categories\":[]");
		assertThat(lines.get(3)).startsWith("{\"id\":\"none\",\"categories\":[]");
	}

	@Test
	void answersPreviousMessagesBeyondTheApisLimitsWithAnErrorOnTheirLine() {
		String twenty = String.join(",", java.util.Collections.nCopies(20, "\"hi\""));
		String longest = "\"" + "a".repeat(10_000) + "\"";
		String tooLong = "\"" + "a".repeat(10_001) + "\"";
		String line = "{\"id\":%d,\"authorRole\":\"member\",\"text\":\"hi\",\"previousMessages\":%s}\n";
		List<String> lines = run(line.formatted(1, "[" + twenty + ",\"hi\"]") + line.formatted(2, "[" + tooLong + "]")
				+ line.formatted(3, "[\"hi\",12]") + line.formatted(4, "\"hi\"")
				+ line.formatted(5, "[null]").replace("previousMessages", "previous_messages")
				+ line.formatted(6, "[" + twenty + "]") + line.formatted(7, "[" + longest + "]"));

		assertThat(lines).containsExactly("{\"id\":1,\"error\":\"\\\"previousMessages\\\" holds at most 20 messages\"}",
				"{\"id\":2,\"error\":\"each of \\\"previousMessages\\\" holds at most 10,000 characters\"}",
				"{\"id\":3,\"error\":\"\\\"previousMessages\\\" must be a list of strings\"}",
				"{\"id\":4,\"error\":\"\\\"previousMessages\\\" must be a list of strings\"}",
				"{\"id\":5,\"error\":\"\\\"previousMessages\\\" must be a list of strings\"}",
				"{\"id\":6,\"categories\":[],\"findings\":[],\"action\":\"none\"}",
				"{\"id\":7,\"categories\":[],\"findings\":[],\"action\":\"none\"}");
	}

	@Test
	void answersTheFirstLineAfterAByteOrderMark() {
		byte[] line = "{\"id\":\"first\",\"author_role\":\"volunteer\",\"text\":\"kill yourself\"}\n"
			.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		input.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		input.writeBytes(line);

		assertThat(run(input.toByteArray())).singleElement()
			.satisfies(answer -> assertThat(answer).startsWith("{\"id\":\"first\",\"categories\":[\"SELF_HARM"));
	}

	@Test
	void skipsBlankLinesAndAnswersEveryOtherLine() {
		List<String> lines = run("\n   \n{\"id\":1,\"author_role\":\"member\",\"text\":\"hi\"}\n\r\n\t\n"
				+ "{\"id\":2,\"author_role\":\"member\",\"text\":\"hi\"}");

		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("{\"id\":1,");
		assertThat(lines.get(1)).startsWith("{\"id\":2,");
	}

	@Test
	void answersAnOverlongLineWithAnErrorAndGoesOn() {
		String overlong = "{\"id\":\"big\",\"author_role\":\"member\",\"text\":\""
				+ "a".repeat(ScreeningCommand.MAX_LINE_BYTES) + "\"}\n";

		List<String> lines = run(overlong + "{\"id\":\"after\",\"author_role\":\"member\",\"text\":\"hi\"}\n");

		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo("{\"id\":null,\"error\":\"line is longer than 16777216 bytes\"}");
		assertThat(lines.get(1)).startsWith("{\"id\":\"after\",\"categories\":[]");
	}

	/**
	 * 72 MB of long lines in a Java given 64 MB: the run used to hold every line of a
	 * batch at once, ran out of memory and answered nothing.
	 */
	@Test
	void answersEveryLongLineWithinBoundedMemory() throws Exception {
		int lines = 36;
		String text = "I hear you, that sounds really hard. Thank you for telling me about it. "
			.repeat(2 * 1024 * 1024 / 72);
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				ScreeningMain.class.getName(), "--in-this-jvm");
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process screen = builder.start();
		Thread feeder = new Thread(() -> {
			try (OutputStream in = screen.getOutputStream()) {
				for (int i = 0; i < lines; i++) {
					in.write(("{\"id\":" + i + ",\"author_role\":\"member\",\"text\":\"" + text + "\"}\n")
						.getBytes(StandardCharsets.UTF_8));
				}
				in.write("{\"id\":\"last\",\"author_role\":\"member\",\"text\":\"kill yourself\"}\n"
					.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				// The screen process ended early; the assertions below say how.
			}
		});
		feeder.start();
		List<String> answers = new String(screen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.toList();
		feeder.join();

		assertThat(screen.waitFor()).isZero();
		assertThat(answers).hasSize(lines + 1);
		for (int i = 0; i < lines; i++) {
			assertThat(answers.get(i))
				.isEqualTo("{\"id\":" + i + ",\"categories\":[],\"findings\":[],\"action\":\"none\"}");
		}
		assertThat(answers.get(lines)).startsWith("{\"id\":\"last\",\"categories\":[\"SELF_HARM_ENCOURAGEMENT\"]");
	}

	/**
	 * With the learned tier, the model's runtime logs as it loads; those lines went to
	 * standard output, between the results, and broke every reader of the JSON lines.
	 */
	@Test
	void writesNothingButResultsToStandardOutputWithTheModel() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ScreeningMain.class.getName(), "screen", "--with-model",
				"--in-this-jvm");
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process screen = builder.start();
		try (OutputStream in = screen.getOutputStream()) {
			in.write(("{\"id\":1,\"author_role\":\"volunteer\",\"text\":\"see you at the picnic\"}\n"
					+ "{\"id\":2,\"author_role\":\"volunteer\",\"text\":\"kill yourself\"}\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		List<String> answers = new String(screen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.toList();

		assertThat(screen.waitFor()).isZero();
		assertThat(answers).hasSize(2);
		assertThat(answers.get(0)).isEqualTo("{\"id\":1,\"categories\":[],\"findings\":[],\"action\":\"none\"}");
		assertThat(answers.get(1)).startsWith("{\"id\":2,\"categories\":[\"SELF_HARM_ENCOURAGEMENT\"]");
	}

	/**
	 * Control characters, the line and paragraph separators and a lone surrogate are
	 * escaped, the rest written as it is, so that every answer is valid JSON on one line.
	 */
	@Test
	void escapesTextInAnswersAsValidJsonOnOneLine() {
		String id = "a\\\"b\\\\c\\nd\\u0001\\u2028\\u2029\\b\\f\\t\\ud83d\\ude00/\\ud83d";
		List<String> lines = run("{\"id\":\"" + id + "\",\"author_role\":\"member\",\"text\":\"hi\"}\n" + "{\"id\":\""
				+ id + "\",\"author_role\":\"member\"}\n");

		String written = "\"a\\\"b\\\\c\\nd\\u0001\\u2028\\u2029\\u0008\\u000c\\t\uD83D\uDE00/\\ud83d\"";
		assertThat(lines).containsExactly(
				"{\"id\":" + written + ",\"categories\":[],\"findings\":[],\"action\":\"none\"}",
				"{\"id\":" + written + ",\"error\":\"missing \\\"text\\\" (a string)\"}");
	}

}
