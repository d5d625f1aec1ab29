package org.hearth.screening.engine;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thread's reusable matching state: one matcher per rule, the candidate start offsets
 * of every rule in the current text ({@link AnchorIndex}), and the offsets where a target
 * phrase starts. Matches come out exactly as {@code Matcher.find()} would give them:
 * leftmost first, each search resuming where the previous match ended, but only candidate
 * offsets are tried.
 */
final class Scratch {

	private final RuleSet rules;

	private final Matcher[] matchers;

	private final Map<Pattern, Matcher> extra = new IdentityHashMap<>();

	private final AnchorIndex.Starts starts = new AnchorIndex.Starts();

	private String canon;

	private boolean targetsDone;

	private boolean[] targetAt = new boolean[256];

	private int cleared;

	private Matcher current;

	private int entry;

	private int from;

	Scratch(RuleSet rules) {
		this.rules = rules;
		this.matchers = new Matcher[rules.rules().size() + 1];
	}

	void begin(MessageContext context) {
		canon = context.canon;
		rules.anchors().scan(context.text, starts);
		if (targetsDone) {
			Arrays.fill(targetAt, 0, Math.min(targetAt.length, cleared), false);
		}
		targetsDone = false;
		cleared = canon.length() + 1;
		if (targetAt.length < canon.length() + 1) {
			targetAt = new boolean[canon.length() + 1];
		}
	}

	private Matcher ruleMatcher(int index) {
		Matcher m = matchers[index];
		Pattern pattern = index < rules.rules().size() ? rules.rules().get(index).pattern() : rules.targetStart();
		if (m == null) {
			m = pattern.matcher(canon);
			m.useTransparentBounds(true);
			m.useAnchoringBounds(false);
			matchers[index] = m;
		}
		else {
			m.reset(canon);
		}
		return m;
	}

	/**
	 * A matcher for a pattern outside the rule set (admin phrases), reset to the current
	 * text.
	 */
	Matcher matcher(Pattern pattern, String text) {
		Matcher m = extra.get(pattern);
		if (m == null) {
			m = pattern.matcher(text);
			extra.put(pattern, m);
		}
		else {
			m.reset(text);
		}
		return m;
	}

	/** Offsets where a target phrase starts; computed once per text, on first use. */
	private void computeTargets() {
		targetsDone = true;
		int index = rules.targetAnchor();
		Matcher m = ruleMatcher(index);
		for (int e = starts.first(index); e >= 0; e = starts.next(e)) {
			int p = starts.offset(e);
			m.region(p, canon.length());
			if (m.lookingAt()) {
				targetAt[p] = true;
			}
		}
	}

	/** The first match of rule {@code index} in the current text, or null. */
	Matcher first(int index, boolean atTargets) {
		if (atTargets && !targetsDone) {
			computeTargets();
		}
		entry = starts.first(index);
		if (entry < 0) {
			return null;
		}
		current = ruleMatcher(index);
		from = 0;
		return next(atTargets);
	}

	/** The next match of the rule {@link #first} started, or null. */
	Matcher next(boolean atTargets) {
		Matcher m = current;
		while (entry >= 0) {
			int p = starts.offset(entry);
			entry = starts.next(entry);
			if (p < from || (atTargets && !targetAt[p])) {
				continue;
			}
			m.region(p, canon.length());
			if (!m.lookingAt()) {
				continue;
			}
			from = m.end();
			return m;
		}
		return null;
	}

}
