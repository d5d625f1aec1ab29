package org.hearth.screening;

import java.util.List;
import org.hearth.screening.engine.RuleSet;
import org.hearth.screening.engine.ScreeningEngine;

/**
 * Screens messages against the Code of Conduct's eight categories. Immutable and
 * thread-safe: build one with {@link #withShippedRules()} and share it;
 * {@link #withOverrides} returns a new screener with admin phrases layered over the
 * shipped rules.
 */
public final class Screener {

	private static volatile RuleSet shipped;

	private final RuleSet rules;

	private final ScreeningEngine engine;

	private final PhraseOverrides overrides;

	private Screener(RuleSet rules, PhraseOverrides overrides) {
		this.rules = rules;
		this.overrides = overrides;
		this.engine = new ScreeningEngine(rules, overrides);
	}

	/**
	 * A screener with the lexicons and rules shipped on the classpath; they are loaded
	 * once per JVM.
	 */
	public static Screener withShippedRules() {
		RuleSet rules = shipped;
		if (rules == null) {
			synchronized (Screener.class) {
				rules = shipped;
				if (rules == null) {
					rules = RuleSet.shipped();
					shipped = rules;
				}
			}
		}
		return new Screener(rules, PhraseOverrides.none());
	}

	/**
	 * A new screener with these admin overrides on top of the shipped rules (replacing
	 * earlier overrides).
	 */
	public Screener withOverrides(PhraseOverrides overrides) {
		return new Screener(rules, overrides == null ? PhraseOverrides.none() : overrides);
	}

	/** The overrides in force. */
	public PhraseOverrides overrides() {
		return overrides;
	}

	/**
	 * Screens one message; never throws. When the engine fails the result says so
	 * ({@link ScreeningResult#error()}, never clean) and asks for the message to be held
	 * for a person to read; the failure is logged ({@link FailClosed}).
	 */
	public ScreeningResult screen(ScreeningRequest request) {
		if (request == null) {
			return ScreeningResult.clean();
		}
		return FailClosed.screen(engine::screen, request);
	}

	/** Screens one message with no conversation context. */
	public ScreeningResult screen(String text, AuthorRole role) {
		return screen(new ScreeningRequest(text, role, List.of()));
	}

}
