package org.hearth.volunteering;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggests lead volunteers for a volunteer by three things only: room in the lead's
 * capacity, a language they share, and how close their time zones are. A lead who is away
 * or full is not suggested. Staff choose; this only orders the choice.
 */
public final class LeadSuggestion {

	/** Hours apart within which two time zones count as close. */
	static final int CLOSE_HOURS = 3;

	private LeadSuggestion() {
	}

	/** A suggested lead with the reasons, best first. */
	public record Suggested(LeadCandidate candidate, int score, List<String> reasons) {
	}

	public static List<Suggested> rank(List<LeadCandidate> candidates, Set<String> languages, String timeZone,
			Instant now) {
		var suggestions = new ArrayList<Suggested>();
		for (LeadCandidate candidate : candidates) {
			if (candidate.away() || candidate.room() == 0) {
				continue;
			}
			var reasons = new ArrayList<String>();
			int score = 0;
			List<String> shared = candidate.languages().stream().filter(languages::contains).sorted().toList();
			if (!shared.isEmpty()) {
				score += 100;
				reasons.add("speaks " + String.join(", ", shared));
			}
			long hoursApart = hoursApart(candidate.timeZone(), timeZone, now);
			if (hoursApart == 0) {
				score += 40;
				reasons.add("same time zone");
			}
			else if (hoursApart <= CLOSE_HOURS) {
				score += 20;
				reasons.add(hoursApart + (hoursApart == 1 ? " hour" : " hours") + " apart");
			}
			score += Math.min(candidate.room(), 20);
			reasons.add(candidate.room() + " of " + candidate.capacity() + " places free");
			suggestions.add(new Suggested(candidate, score, List.copyOf(reasons)));
		}
		suggestions.sort(Comparator.comparingInt(Suggested::score)
			.reversed()
			.thenComparing(suggested -> suggested.candidate().name()));
		return List.copyOf(suggestions);
	}

	static long hoursApart(String zoneA, String zoneB, Instant now) {
		try {
			int a = ZoneId.of(zoneA).getRules().getOffset(now).getTotalSeconds();
			int b = ZoneId.of(zoneB).getRules().getOffset(now).getTotalSeconds();
			return Math.abs(a - b) / 3600;
		}
		catch (RuntimeException ex) {
			return Long.MAX_VALUE;
		}
	}

}
