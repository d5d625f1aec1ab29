package org.hearth.screening.engine;

import java.util.List;
import java.util.regex.Matcher;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;

/**
 * One reading of one piece of a message by the rules: the context rules first (reported
 * speech, questions about suicide, protected groups), then the category rules, critical
 * signs and admin phrases, each match kept or cancelled by its context. Thread-safe: each
 * thread matches with its own {@link Scratch}.
 */
final class RulePass {

	private final RuleSet rules;

	private final AdminPhrases admin;

	private final ThreadLocal<Scratch> scratches;

	RulePass(RuleSet rules, AdminPhrases admin) {
		this.rules = rules;
		this.admin = admin;
		this.scratches = ThreadLocal.withInitial(() -> new Scratch(rules));
	}

	/**
	 * Adds to {@code hits} the findings of the rules and the admin's phrases in
	 * {@code text}, which starts at {@code offset} of the message, and notes in
	 * {@code vetoes} what the context cancelled.
	 */
	void analyse(String text, int offset, List<Hit> hits, Vetoes vetoes) {
		NormalizedText normalized = rules.normalizer().normalize(text);
		if (normalized.tokenCount() == 0) {
			return;
		}
		MessageContext context = new MessageContext(normalized);
		Scratch scratch = scratches.get();
		scratch.begin(context);
		boolean[] candidates = rules.candidates(normalized);
		List<Rule> all = rules.rules();
		ContextFilters.markQuotes(context);
		vetoes.reportsSpeech |= !context.suppressed.isEmpty();
		ContextFilters.readVetoes(context, vetoes);
		for (int i = 0; i < all.size(); i++) {
			Rule rule = all.get(i);
			if (!candidates[i]) {
				continue;
			}
			if (rule.kind() == Rule.Kind.REPORTING) {
				Matcher m = scratch.first(i, false);
				while (m != null) {
					context.suppressed.add(new int[] { m.start(), context.sentenceEndAt(m.start()) });
					vetoes.reportsSpeech |= ContextFilters.reportsSpeech(rule, context.canon, m.start());
					m = scratch.next(false);
				}
			}
			else if (rule.kind() == Rule.Kind.SUPPORT_QUESTION && !vetoes.supportQuestion) {
				vetoes.supportQuestion = scratch.first(i, false) != null;
			}
			else if (rule.kind() == Rule.Kind.IDENTITY) {
				Matcher m = scratch.first(i, false);
				while (m != null) {
					context.identities.add(new int[] { m.start(), m.end() });
					m = scratch.next(false);
				}
			}
		}
		for (int i = 0; i < all.size(); i++) {
			Rule rule = all.get(i);
			if (candidates[i] && (rule.kind() == Rule.Kind.CATEGORY || rule.kind() == Rule.Kind.TARGETED)) {
				Matcher m = scratch.first(i, rule.startsWithTarget());
				while (m != null) {
					accept(rule, m.start(), m.end(), context, offset, hits, vetoes);
					m = scratch.next(rule.startsWithTarget());
				}
			}
			else if (candidates[i] && rule.kind() == Rule.Kind.CRITICAL_SIGN && vetoes.criticalSign == null) {
				Matcher m = scratch.first(i, false);
				while (m != null && vetoes.criticalSign == null) {
					if (!ContextFilters.cancelled(rule, m.start(), m.end(), context)) {
						vetoes.criticalSign = rule.id();
					}
					m = scratch.next(false);
				}
			}
		}
		for (Rule rule : admin.added()) {
			Matcher m = scratch.matcher(rule.pattern(), context.canon);
			while (m.find()) {
				accept(rule, m.start(), m.end(), context, offset, hits, vetoes);
			}
		}
		admin.dropAllowed(context, offset, hits);
	}

	/** Turns one match of a rule into a finding unless the context cancels it. */
	private void accept(Rule rule, int start, int end, MessageContext context, int offset, List<Hit> hits,
			Vetoes vetoes) {
		if (end == start) {
			return;
		}
		if (ContextFilters.cancelled(rule, start, end, context)) {
			if (rule.kind() == Rule.Kind.TARGETED) {
				vetoes.cancelled.add(Category.HARASSMENT);
				vetoes.cancelled.add(Category.HATE_SPEECH);
			}
			else if (rule.category() != null) {
				vetoes.cancelled.add(rule.category());
			}
			return;
		}
		Category category = rule.category();
		if (rule.kind() == Rule.Kind.TARGETED) {
			category = ContextFilters.targetCategory(context, start, end);
			if (category == null) {
				return;
			}
		}
		int[] span = context.text.originalSpan(start, end);
		String rewording = rule.rewording() == null ? null : rules.rewording(rule.rewording());
		hits.add(new Hit(new Finding(category, span[0] + offset, span[1] + offset, rule.severity(), rule.id()),
				rewording));
	}

}
