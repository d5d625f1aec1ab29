package org.hearth.screening;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-message screening latency by message length and tier, as a sample-time distribution
 * (median and p99 in the JMH report). Run {@code scripts/benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreenerBenchmark {

	private static final String[] SENTENCES = { "I've had a rough week and honestly I don't know who else to talk to.",
			"lol this boss fight is killing me, we wiped like six times", "you should just kys, nobody would miss you",
			"Have you told anyone else how you're feeling? I'm here for you.",
			"those people are disgusting and should go back where they came from",
			"my doctor changed my meds last month and I'm feeling a bit better",
			"i want to end it all tonight, this is my last message",
			"RT @someone: that song slaps so hard, can't stop listening #music", };

	/**
	 * short: one sentence (~60 chars); medium: a paragraph (~500 chars); long: a long
	 * post (~5,000 chars).
	 */
	@Param({ "short", "medium", "long" })
	public String length;

	/**
	 * rules: the rules alone ({@code --rules-only}); cascade: the rules, then the learned
	 * tier, one message a call (the latency a single API request sees).
	 */
	@Param({ "rules", "cascade" })
	public String tier;

	private Screener screener;

	private String[] messages;

	private int next;

	@Setup
	public void setUp() {
		screener = tier.equals("cascade") ? Screener.withShippedModel() : Screener.withShippedRules();
		int sentences = switch (length) {
			case "short" -> 1;
			case "medium" -> 8;
			default -> 80;
		};
		messages = new String[SENTENCES.length];
		for (int i = 0; i < messages.length; i++) {
			StringBuilder b = new StringBuilder();
			for (int s = 0; s < sentences; s++) {
				b.append(SENTENCES[(i + s) % SENTENCES.length]).append(' ');
			}
			messages[i] = b.toString().trim();
		}
	}

	private long calls;

	/**
	 * Each call screens a message not seen before (a counter is appended), so the learned
	 * tier runs its model every time instead of answering from the scores it remembers.
	 */
	@Benchmark
	public ScreeningResult screen() {
		String message = messages[next] + " " + calls++;
		next = (next + 1) % messages.length;
		return screener.screen(message, AuthorRole.MEMBER);
	}

}
