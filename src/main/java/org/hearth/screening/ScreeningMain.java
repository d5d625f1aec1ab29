package org.hearth.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code screen} from the command line: JSON lines on standard input, results on
 * standard output.
 *
 * <p>
 * By default it screens in a second JVM started with {@link #TUNING} (the flags a batch
 * run wants), unless this JVM already runs with them or {@code --in-this-jvm} is given:
 * on 24,783 tweets the flags halve the CPU time (4.7 s to 2.4 s) while the second JVM
 * costs about 0.1 s. docs/screening.md has the figures.
 */
public final class ScreeningMain {

	/**
	 * Set in the environment of the re-launched JVM so that it screens instead of
	 * re-launching again.
	 */
	private static final String TUNED_ENV = "HEARTH_SCREEN_TUNED";

	/**
	 * JVM options for a batch run, placed before the user's own so that the user's win.
	 * Measured on 198k tweets on 2 cores: the C2 compiler spends about 5 s of CPU (and
	 * slows start-up, which runs in profiled code) for code that only gets fast once most
	 * of the run is over, so C1 alone finishes sooner; the serial collector does the
	 * small young collections this run needs with less overhead than G1. Together: about
	 * 2 s less wall time and a quarter less CPU on the 198k tweets, and a start-up of 0.6
	 * s instead of 1 s.
	 */
	private static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

	private ScreeningMain() {
	}

	/**
	 * Entry point; an optional first argument "screen" is accepted for parity with the
	 * application's CLI. The rules then the learned tier screen by default, as in the
	 * application ({@code --with-model}, also accepted); {@code --rules-only} leaves the
	 * learned tier out, which is several times faster on messages it has not read before
	 * (docs/screening.md). {@code --in-this-jvm} screens in the JVM as it was started,
	 * with its own options.
	 */
	public static void main(String[] args) {
		// Standard output carries the results alone: log lines (the model's runtime logs
		// as it loads) go to standard error. Set before anything logs.
		if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
			System.setProperty(LOGBACK_CONFIGURATION, "screening/cli-logback.xml");
		}
		List<String> rest = new ArrayList<>(List.of(args));
		if (!rest.isEmpty() && rest.get(0).equals("screen")) {
			rest.remove(0);
		}
		boolean rulesOnly = rest.remove("--rules-only");
		boolean withModel = rest.remove("--with-model");
		if (rulesOnly && withModel) {
			System.err.println("Give --rules-only or --with-model, not both.");
			System.exit(2);
		}
		boolean inThisJvm = rest.remove("--in-this-jvm");
		if (!rest.isEmpty()) {
			System.err.println(
					"usage: screen [--rules-only | --with-model] [--in-this-jvm] < messages.jsonl > results.jsonl");
			System.exit(2);
		}
		if (!inThisJvm && System.getenv(TUNED_ENV) == null && !alreadyTuned()) {
			Optional<Integer> exit = relaunchTuned();
			if (exit.isPresent()) {
				System.exit(exit.get());
			}
		}
		Screener screener;
		if (rulesOnly) {
			screener = Screener.withShippedRules();
		}
		else {
			try {
				screener = Screener.withShippedModel();
			}
			catch (RuntimeException e) {
				System.err.println("The learned tier could not be loaded (" + e.getMessage()
						+ "); nothing was screened. Give --rules-only to screen with the rules alone.");
				System.exit(3);
				return;
			}
		}
		System.exit(ScreeningCommand.run(System.in, System.out, screener));
	}

	/** Whether this JVM was started with every one of the {@link #TUNING} flags. */
	private static boolean alreadyTuned() {
		return ProcessHandle.current()
			.info()
			.arguments()
			.map(arguments -> List.of(arguments).containsAll(TUNING))
			.orElse(false);
	}

	/**
	 * Runs the same command line again in a JVM started with {@link #TUNING}, sharing
	 * this process's standard streams, and returns its exit code; empty when that JVM
	 * cannot be started (the command line is unknown or the launch fails), in which case
	 * the caller screens in-process.
	 */
	private static Optional<Integer> relaunchTuned() {
		ProcessHandle.Info info = ProcessHandle.current().info();
		Optional<String[]> arguments = info.arguments();
		if (arguments.isEmpty()) {
			return Optional.empty();
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(TUNING);
		command.addAll(List.of(arguments.get()));
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		builder.environment().put(TUNED_ENV, "1");
		Process child;
		try {
			child = builder.start();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		// When this JVM is stopped (SIGTERM, SIGINT), stop the child too rather than
		// leave it running.
		Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
		while (true) {
			try {
				return Optional.of(child.waitFor());
			}
			catch (InterruptedException e) {
				// Nothing interrupts this thread in practice; keep waiting so the output
				// stays the child's alone.
			}
		}
	}

}
