package org.hearth.screening;

/**
 * Runs {@code screen} from the command line: JSON lines on standard input, results on
 * standard output.
 */
public final class ScreeningMain {

	private ScreeningMain() {
	}

	/**
	 * Entry point; an optional first argument "screen" is accepted for parity with the
	 * application's CLI.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && !args[0].equals("screen")) {
			System.err.println("usage: screen < messages.jsonl > results.jsonl");
			System.exit(2);
		}
		System.exit(ScreeningCommand.run(System.in, System.out));
	}

}
