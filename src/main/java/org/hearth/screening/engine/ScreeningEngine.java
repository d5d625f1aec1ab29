package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.List;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.ScreeningRequest;
import org.hearth.screening.ScreeningResult;

/**
 * Applies a {@link RuleSet} and admin overrides to one message: finds rule matches on the
 * canonical text ({@link RulePass}), drops those that are quoted, reported, negated or
 * asked about ({@link ContextFilters}), uses the message before it
 * ({@link ConversationRules}), adds what the learned tier may add
 * ({@link ModelFindings}), and merges the rest into findings over the original text
 * ({@link FindingMerge}). Immutable and thread-safe.
 */
public final class ScreeningEngine {

	/**
	 * Texts longer than this are screened in pieces, so work stays linear in the length.
	 */
	static final int CHUNK = 8_000;

	private final RuleSet rules;

	private final AdminPhrases admin;

	private final RulePass pass;

	/** An engine over the given rules with admin overrides on top. */
	public ScreeningEngine(RuleSet rules, PhraseOverrides overrides) {
		this.rules = rules;
		this.admin = new AdminPhrases(overrides, rules.normalizer());
		this.pass = new RulePass(rules, admin);
	}

	/**
	 * Screens one message with the rules alone. A message holding invisible characters is
	 * read twice: with them dropped (so they cannot split a word) and with them as spaces
	 * (so they cannot join words either); the findings of both readings count. A message
	 * holding line breaks is also read with them as spaces: a line break ends a sentence
	 * for negation and quotation, but people also press enter in the middle of one ("just
	 * kill" / "yourself"), or between the letters of a word.
	 */
	public ScreeningResult screen(ScreeningRequest request) {
		return screen(request, null, null);
	}

	/**
	 * Screens one message with the rules and, when {@code modelScores} is given, the
	 * learned tier's scores for it: a category the model scores at or above its threshold
	 * in {@code head} is added when the rules did not find it and the rules do not rule
	 * it out (see {@link ModelFindings#modelAllowed}).
	 */
	public ScreeningResult screen(ScreeningRequest request, float[] modelScores, CategoryHead head) {
		String text = request.text();
		List<Hit> hits = new ArrayList<>();
		Vetoes vetoes = new Vetoes();
		int offset = 0;
		while (offset < text.length()) {
			int end = chunkEnd(text, offset);
			String chunk = text.substring(offset, end);
			pass.analyse(chunk, offset, hits, vetoes);
			String spaced = InvisibleCharacters.asSpaces(chunk);
			if (spaced != null) {
				pass.analyse(spaced, offset, hits, vetoes);
			}
			String joined = lineBreaksAsSpaces(chunk);
			if (joined != null) {
				pass.analyse(joined, offset, hits, vetoes);
			}
			offset = end;
		}
		if (!request.previousMessages().isEmpty() && text.length() <= CHUNK) {
			ConversationRules.apply(request, rules, this::screenAlone, hits);
		}
		if (modelScores != null && head != null) {
			ModelFindings.add(text, modelScores, head, hits, vetoes, rules.normalizer(), admin);
		}
		if (vetoes.criticalSign != null) {
			FindingMerge.raiseCrisisToCritical(hits, vetoes.criticalSign);
		}
		return FindingMerge.result(hits, request.authorRole());
	}

	/** The rules' hits for a text on its own, in one piece. */
	private List<Hit> screenAlone(String text) {
		List<Hit> hits = new ArrayList<>();
		pass.analyse(text, 0, hits, new Vetoes());
		return hits;
	}

	/**
	 * The text with every line break as a space (one for one, so offsets stay the same),
	 * or {@code null} when it holds none.
	 */
	static String lineBreaksAsSpaces(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			if (isLineBreak(text.charAt(i))) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = ' ';
			}
		}
		return chars == null ? null : new String(chars);
	}

	/** A line break as the normaliser reads one (it folds them all to '\n'). */
	private static boolean isLineBreak(char c) {
		return CharFolding.fold(c) == '\n';
	}

	private static int chunkEnd(String text, int offset) {
		if (text.length() - offset <= CHUNK) {
			return text.length();
		}
		int limit = offset + CHUNK;
		for (int i = limit; i > offset + CHUNK / 2; i--) {
			char c = text.charAt(i);
			if (c == '.' || c == '\n' || c == '!' || c == '?') {
				return i + 1;
			}
		}
		for (int i = limit; i > offset + CHUNK / 2; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i + 1;
			}
		}
		return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
	}

}
