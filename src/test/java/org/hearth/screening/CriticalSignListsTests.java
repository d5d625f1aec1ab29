package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Critical signs on their own: a note written and the author ready, a weapon loaded, an
 * overdose taken. Scored with the rules alone on two lists of member messages
 * ({@code screening/critical-signs/}): the tuning list the rules were written against,
 * and a held-out list written and committed before them. A message labelled critical must
 * come out as a crisis at critical severity; a hard negative (negated, quoted, someone
 * else's, a recovery story, a question, an everyday use of the same words) must come out
 * with no crisis at all.
 */
class CriticalSignListsTests {

	static final Screener RULES = Screener.withShippedRules();

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** One labelled message; {@code critical} false means no crisis may be found. */
	record Case(String id, String text, boolean critical) {
	}

	/** What the rules made of one list. */
	record Score(int critical, int criticalFound, int negatives, int negativesFlagged, List<String> misses) {

		double recall() {
			return critical == 0 ? 1 : (double) criticalFound / critical;
		}

		double falsePositiveRate() {
			return negatives == 0 ? 0 : (double) negativesFlagged / negatives;
		}

		double precision() {
			int flagged = criticalFound + negativesFlagged;
			return flagged == 0 ? 1 : (double) criticalFound / flagged;
		}

		void print(String title) {
			System.out.printf(Locale.ROOT,
					"%n%s: critical found %d of %d (recall %.2f), hard negatives flagged %d of %d (rate %.2f), "
							+ "precision %.2f%n",
					title, criticalFound, critical, recall(), negativesFlagged, negatives, falsePositiveRate(),
					precision());
			misses.forEach(miss -> System.out.println("  " + miss));
		}

	}

	@Test
	void tuningListIsReadAsLabelled() {
		Score score = score("screening/critical-signs/tune.jsonl");
		score.print("IN-SAMPLE critical-sign tuning list, rules alone");

		assertThat(score.misses()).as("the rules were written against this list").isEmpty();
	}

	@Test
	void heldOutListMeetsItsFloors() {
		Score score = score("screening/critical-signs/heldout.jsonl");
		score.print("TEST critical-sign held-out list (written before the rules), rules alone");

		// Measured once, on 2026-12-07, after the rules were written (docs/screening.md):
		// 21 of 27 critical messages found (0.78), none of the 30 hard negatives flagged.
		// Floors just below, so a regression fails the build.
		assertThat(score.recall()).as("critical recall").isGreaterThanOrEqualTo(0.77);
		assertThat(score.falsePositiveRate()).as("hard negatives read as a crisis").isLessThanOrEqualTo(0.04);
	}

	static Score score(String resource) {
		List<Case> cases = cases(resource);
		assertThat(cases).as(resource).isNotEmpty();
		int critical = 0;
		int found = 0;
		int negatives = 0;
		int flagged = 0;
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			ScreeningResult result = RULES.screen(c.text(), AuthorRole.MEMBER);
			assertThat(result.error()).as("screening error on " + c.id()).isFalse();
			List<Finding> crisis = result.findings().stream().filter(f -> f.category() == Category.CRISIS).toList();
			if (c.critical()) {
				critical++;
				boolean ok = crisis.stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
				found += ok ? 1 : 0;
				if (!ok) {
					misses.add("missed " + c.id() + " " + c.text() + " -> " + describe(crisis));
				}
			}
			else {
				negatives++;
				flagged += crisis.isEmpty() ? 0 : 1;
				if (!crisis.isEmpty()) {
					misses.add("flagged " + c.id() + " " + c.text() + " -> " + describe(crisis));
				}
			}
		}
		return new Score(critical, found, negatives, flagged, misses);
	}

	private static String describe(List<Finding> findings) {
		return findings.isEmpty() ? "no crisis"
				: findings.stream().map(f -> f.severity() + " " + f.reason()).toList().toString();
	}

	static List<String> lines(String resource) {
		try (InputStream in = CriticalSignListsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Case> cases(String resource) {
		List<Case> cases = new ArrayList<>();
		for (String line : lines(resource)) {
			JsonNode row = JSON.readTree(line);
			boolean crisis = false;
			for (JsonNode label : row.get("expected")) {
				crisis |= label.asString().equals("CRISIS");
			}
			JsonNode severity = row.get("severity");
			assertThat(crisis).as(row.get("id").asString() + " is labelled consistently")
				.isEqualTo(severity != null && severity.asString().equals("CRITICAL"));
			cases.add(new Case(row.get("id").asString(), row.get("text").asString(), crisis));
		}
		return cases;
	}

}
