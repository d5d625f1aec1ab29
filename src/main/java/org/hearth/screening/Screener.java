package org.hearth.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hearth.screening.engine.LearnedTier;
import org.hearth.screening.engine.ModelScores;
import org.hearth.screening.engine.RuleSet;
import org.hearth.screening.engine.ScreeningEngine;

/**
 * Screens messages against the Code of Conduct's eight categories. Immutable and
 * thread-safe: build one with {@link #withShippedRules()} (the rules alone) or
 * {@link #withShippedModel()} (the rules, then the learned tier) and share it;
 * {@link #withOverrides} returns a new screener with admin phrases layered over the
 * shipped rules, which apply to both tiers.
 */
public final class Screener {

	private static final System.Logger MODEL_LOG = System.getLogger(Screener.class.getName());

	private static volatile RuleSet shipped;

	private final RuleSet rules;

	/** One engine for each author role, as admin phrases may apply to one role only. */
	private final Map<AuthorRole, ScreeningEngine> engines;

	private final PhraseOverrides overrides;

	/** The learned tier, or null for the rules alone. */
	private final ModelScores model;

	private Screener(RuleSet rules, PhraseOverrides overrides, ModelScores model) {
		this.rules = rules;
		this.overrides = overrides;
		this.model = model;
		Map<AuthorRole, ScreeningEngine> byRole = new EnumMap<>(AuthorRole.class);
		if (overrides.appliesAlike()) {
			ScreeningEngine shared = new ScreeningEngine(rules, overrides);
			for (AuthorRole role : AuthorRole.values()) {
				byRole.put(role, shared);
			}
		}
		else {
			for (AuthorRole role : AuthorRole.values()) {
				byRole.put(role, new ScreeningEngine(rules, overrides.forAuthor(role)));
			}
		}
		this.engines = Map.copyOf(byRole);
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
		return new Screener(rules, PhraseOverrides.none(), null);
	}

	/**
	 * A screener with the shipped rules and the learned tier (a sentence model and its
	 * trained head, shipped on the classpath and loaded once per JVM).
	 * @throws IllegalStateException when the model cannot be loaded
	 */
	public static Screener withShippedModel() {
		return withShippedRules().withModel(LearnedTier.shipped());
	}

	/**
	 * This screener with a learned tier of the caller's (tests give scores by hand, to
	 * follow a model finding through the application).
	 */
	Screener withModel(ModelScores tier) {
		return new Screener(rules, overrides, tier);
	}

	/** The same screener without the learned tier. */
	public Screener rulesOnly() {
		return new Screener(rules, overrides, null);
	}

	/** True when the learned tier runs after the rules. */
	public boolean usesModel() {
		return model != null;
	}

	/**
	 * A new screener with these admin overrides on top of the shipped rules (replacing
	 * earlier overrides).
	 */
	public Screener withOverrides(PhraseOverrides overrides) {
		return new Screener(rules, overrides == null ? PhraseOverrides.none() : overrides, model);
	}

	/**
	 * The text as the rules read it: lower case, spelling tricks undone, punctuation and
	 * symbols dropped.
	 */
	public String canonical(String text) {
		return rules.canonical(text);
	}

	/** Whether a word, as the rules read it, is one of the very common words. */
	public boolean isCommonWord(String word) {
		return rules.isCommonWord(word);
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
		return model == null ? FailClosed.screen(r -> engine(r).screen(r), request)
				: FailClosed.screen(r -> cascade(r, () -> model.score(List.of(r))[0]), request);
	}

	/**
	 * The rules, then the model's scores. When the model fails the rules' findings stand,
	 * but the result is marked as an error, so the message is still held for a person:
	 * what the model would have found is unknown.
	 */
	private ScreeningResult cascade(ScreeningRequest request, java.util.function.Supplier<float[]> scores) {
		float[] score;
		try {
			score = scores.get();
		}
		catch (RuntimeException | Error e) {
			MODEL_LOG.log(System.Logger.Level.ERROR,
					"The learned tier failed on a message; the rules' result stands and the message is held", e);
			return engine(request).screen(request).withError();
		}
		return engine(request).screen(request, score, model.head());
	}

	private ScreeningEngine engine(ScreeningRequest request) {
		return engines.get(request.authorRole());
	}

	/**
	 * Screens messages, in order; never throws, and a failure on one message does not
	 * decide the others. With the learned tier a batch's messages are read by the model
	 * together (spread over the command's worker threads by the caller) and messages seen
	 * recently cost a look-up.
	 */
	public List<ScreeningResult> screenAll(List<ScreeningRequest> requests) {
		if (model == null || requests.size() < 2) {
			return requests.stream().map(this::screen).toList();
		}
		List<ScreeningRequest> present = requests.stream().filter(r -> r != null).toList();
		float[][] scores;
		try {
			scores = model.score(present);
		}
		catch (RuntimeException | Error e) {
			// One message the model cannot read must not decide the others: each on its
			// own.
			return requests.stream().map(this::screen).toList();
		}
		List<ScreeningResult> results = new ArrayList<>(requests.size());
		int next = 0;
		for (ScreeningRequest request : requests) {
			if (request == null) {
				results.add(screen((ScreeningRequest) null));
				continue;
			}
			float[] score = scores[next++];
			results.add(FailClosed.screen(r -> cascade(r, () -> score), request));
		}
		return results;
	}

	/** Screens one message with no conversation context. */
	public ScreeningResult screen(String text, AuthorRole role) {
		return screen(new ScreeningRequest(text, role, List.of()));
	}

}
