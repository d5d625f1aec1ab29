package org.hearth.screening;

import java.util.function.Function;

/**
 * Runs a screening step so that a failure can never pass as clean: whatever the step
 * throws (an engine bug, a model that cannot run, a stack or memory exhausted) comes back
 * as {@link ScreeningResult#failed()}, which holds the message for a person to read, and
 * is logged.
 */
public final class FailClosed {

	private static final System.Logger log = System.getLogger(FailClosed.class.getName());

	private FailClosed() {
	}

	/**
	 * The step's result, or a failed result when it throws or returns nothing. Never
	 * throws.
	 */
	public static ScreeningResult screen(Function<ScreeningRequest, ScreeningResult> step, ScreeningRequest request) {
		try {
			ScreeningResult result = step.apply(request);
			if (result == null) {
				log.log(System.Logger.Level.ERROR, "Screening returned no result; the message is held for review");
				return ScreeningResult.failed();
			}
			return result;
		}
		catch (RuntimeException | Error ex) {
			try {
				log.log(System.Logger.Level.ERROR, "Screening failed on a message of "
						+ (request == null ? 0 : request.text().length()) + " characters; it is held for review", ex);
			}
			catch (RuntimeException | Error logging) {
				// The result below still holds the message; a failed log must not lose
				// it.
			}
			return ScreeningResult.failed();
		}
	}

}
