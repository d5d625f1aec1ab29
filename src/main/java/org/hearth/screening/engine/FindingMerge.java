package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.screening.Action;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.Severity;

/**
 * Turns a message's hits into its result: overlapping findings of one category become one
 * (the more severe reason wins, a rule's finding stays a rule's), the action is the
 * strongest any finding asks for, and the rewordings of advice are joined.
 */
final class FindingMerge {

	private FindingMerge() {
	}

	/**
	 * An author's crisis that states the means at hand, a time or a goodbye is critical:
	 * each crisis finding of the message is raised, its reason naming the sign. The sign
	 * alone, with no crisis found, is nothing.
	 */
	static void raiseCrisisToCritical(List<Hit> hits, String sign) {
		for (int i = 0; i < hits.size(); i++) {
			Finding f = hits.get(i).finding();
			if (f.category() == Category.CRISIS && f.severity().compareTo(Severity.CRITICAL) < 0) {
				hits.set(i, new Hit(new Finding(f.category(), f.start(), f.end(), Severity.CRITICAL,
						f.reason() + "; critical: " + sign, f.tier(), f.score()), hits.get(i).rewording()));
			}
		}
	}

	static ScreeningResult result(List<Hit> hits, AuthorRole role) {
		if (hits.isEmpty()) {
			return ScreeningResult.clean();
		}
		hits.sort(Comparator.comparingInt((Hit h) -> h.finding().start()).thenComparing(h -> h.finding().category()));
		List<Finding> merged = new ArrayList<>();
		for (Hit hit : hits) {
			Finding f = hit.finding();
			boolean absorbed = false;
			for (int i = 0; i < merged.size(); i++) {
				Finding g = merged.get(i);
				if (g.category() == f.category() && f.start() < g.end() && g.start() < f.end()) {
					Severity severity = f.severity().compareTo(g.severity()) > 0 ? f.severity() : g.severity();
					String reason = f.severity().compareTo(g.severity()) > 0 ? f.reason() : g.reason();
					// A rule's finding merged with anything stays a rule's: only findings
					// of
					// the learned tier alone are held for staff to confirm.
					boolean rules = f.tier() == Finding.Tier.RULES || g.tier() == Finding.Tier.RULES;
					merged.set(i,
							new Finding(g.category(), Math.min(f.start(), g.start()), Math.max(f.end(), g.end()),
									severity, reason, rules ? Finding.Tier.RULES : Finding.Tier.MODEL,
									rules ? 1.0 : Math.max(f.score(), g.score())));
					absorbed = true;
					break;
				}
			}
			if (!absorbed) {
				merged.add(f);
			}
		}
		Set<Category> categories = EnumSet.noneOf(Category.class);
		Action action = Action.NONE;
		for (Finding f : merged) {
			categories.add(f.category());
			action = action.strongest(Action.forFinding(f, role));
		}
		Set<String> rewordings = new LinkedHashSet<>();
		for (Hit hit : hits) {
			Category c = hit.finding().category();
			if (hit.rewording() != null && (c == Category.MEDICAL_ADVICE || c == Category.LEGAL_ADVICE)) {
				rewordings.add(hit.rewording());
			}
		}
		Optional<String> rewording = rewordings.isEmpty() ? Optional.empty()
				: Optional.of(String.join(" ", rewordings));
		return new ScreeningResult(List.copyOf(categories), merged, action, rewording);
	}

}
