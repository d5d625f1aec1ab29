package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-text facts that decide whether a rule match counts: where each sentence ends, which
 * sentences are questions, the quoted or reported regions and the spans that name a
 * protected group.
 */
final class MessageContext {

	final NormalizedText text;

	final String canon;

	final List<int[]> suppressed = new ArrayList<>();

	final List<int[]> identities = new ArrayList<>();

	private final int[] sentenceEnd;

	private final boolean[] questionSentence;

	MessageContext(NormalizedText text) {
		this.text = text;
		this.canon = text.canonical();
		int n = text.tokenCount();
		sentenceEnd = new int[n];
		questionSentence = new boolean[n];
		int end = canon.length();
		boolean question = false;
		for (int t = n - 1; t >= 0; t--) {
			String tok = text.token(t);
			if (tok.equals(".") || tok.equals("?")) {
				end = text.canonStart(t);
				question = tok.equals("?");
			}
			sentenceEnd[t] = end;
			questionSentence[t] = question;
		}
	}

	int sentenceEndAt(int canonOffset) {
		return sentenceEnd.length == 0 ? canon.length() : sentenceEnd[text.tokenAt(canonOffset)];
	}

	boolean isQuestion(int canonOffset) {
		return questionSentence.length != 0 && questionSentence[text.tokenAt(canonOffset)];
	}

	boolean isSuppressed(int start, int end) {
		for (int[] region : suppressed) {
			if (start >= region[0] && end <= region[1]) {
				return true;
			}
		}
		return false;
	}

	boolean overlapsIdentity(int start, int end) {
		for (int[] span : identities) {
			if (span[0] < end && start < span[1]) {
				return true;
			}
		}
		return false;
	}

	boolean hasUnsuppressedIdentity() {
		for (int[] span : identities) {
			if (!isSuppressed(span[0], span[1])) {
				return true;
			}
		}
		return false;
	}

}
