package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality gate: the shipped screener scored on the test parts only, per category,
 * with floors set just below what it measures, so a regression fails the build. Prints
 * the figures. Test parts: the held-out set written from the taxonomy alone
 * ({@code screening/heldout/}), the HateCheck templates kept out of rule writing
 * ({@code screening/split/hatecheck-test.jsonl}) and, when the shared data is present,
 * the test part of the public training data
 * ({@code screening/split/public-test-ids.txt}). In-sample sets (the development set, the
 * HateCheck templates rules may be written against) are printed as such and never gate. A
 * category counts as flagged when it has an action for the author's role (a member's
 * medical or legal advice has none).
 *
 * <p>
 * Floors: each about 0.02 below the figure in docs/screening.md, for the rules alone (the
 * shipped default) and for the rules then the learned tier, each on every test part.
 * Raise them when the screener improves; a change that lowers a figure must say why in
 * docs/screening.md.
 */
class ScreeningQualityGateTests {

	/**
	 * The rules alone, as Hearth runs when {@code hearth.screening.model.enabled} is
	 * false or {@code screen --rules-only} is given.
	 */
	static final Screener SHIPPED = Screener.withShippedRules();

	/**
	 * The rules, then the learned tier: what Hearth runs by default (see
	 * docs/screening.md); gated on its own floors so a retrained head cannot slip
	 * unnoticed.
	 */
	static final Screener CASCADE = Screener.withShippedModel();

	static final JsonMapper JSON = JsonMapper.builder().build();

	// The cascade's floors on the other test parts, about 0.02 below what it measured on
	// 2026-12-08 with the head that blends bge-small's network with the word model.
	// HateCheck: F1 0.92, false-positive rate 0.017. Public data (weak labels): crisis
	// 0.75, hate 0.71, medical 0.97, macro-F1 0.539, false-positive rate 0.059.
	static final double CASCADE_HATECHECK_F1 = 0.90;

	static final double CASCADE_HATECHECK_FPR = 0.035;

	static final Map<Category, Double> CASCADE_PUBLIC_F1 = Map.of(Category.CRISIS, 0.73, Category.HATE_SPEECH, 0.69,
			Category.MEDICAL_ADVICE, 0.95);

	static final double CASCADE_PUBLIC_MACRO_F1 = 0.52;

	static final double CASCADE_PUBLIC_FPR = 0.075;

	/** One labelled message. */
	record Case(String id, AuthorRole role, String text, Set<Category> expected) {
	}

	@Test
	void heldOutSetMeetsItsFloors() {
		Scores scores = Scores.of(resource("screening/heldout/heldout.jsonl", "expected"),
				EnumSet.allOf(Category.class));
		scores.print("TEST held-out set (written from the taxonomy alone), the rules alone");
		Scores cascade = Scores.of(resource("screening/heldout/heldout.jsonl", "expected"),
				EnumSet.allOf(Category.class), CASCADE);
		cascade.print("TEST held-out set (written from the taxonomy alone), rules then model (the default)");

		scores.assertFloors(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.62, Category.CRISIS, 0.50, Category.HARASSMENT,
				0.68, Category.HATE_SPEECH, 0.68, Category.SHAMING, 0.49, Category.ROMANTIC_SOLICITATION, 0.50,
				Category.MEDICAL_ADVICE, 0.60, Category.LEGAL_ADVICE, 0.40), 0.55, 0.03);
		assertThat(scores.recall(Category.SELF_HARM_ENCOURAGEMENT)).as("self-harm encouragement recall")
			.isGreaterThanOrEqualTo(0.46);
		// Crisis raised on 2026-12-07 with the rules for a note written, a noose or a
		// weapon
		// ready and an overdose taken: F1 0.52, recall 0.36.
		assertThat(scores.recall(Category.CRISIS)).as("crisis recall").isGreaterThanOrEqualTo(0.34);

		// The cascade, measured on 2026-12-08 with the head that blends bge-small's five
		// networks with the word model (4,618 written examples; thresholds chosen out of
		// fold on the training data, the written rows by round, see docs/screening.md):
		// macro-F1 0.850, false-positive rate 0.023, encouragement recall 0.86, crisis
		// recall 0.83.
		cascade.assertFloors(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.87, Category.CRISIS, 0.86, Category.HARASSMENT,
				0.73, Category.HATE_SPEECH, 0.76, Category.SHAMING, 0.69, Category.ROMANTIC_SOLICITATION, 0.83,
				Category.MEDICAL_ADVICE, 0.93, Category.LEGAL_ADVICE, 0.95), 0.83, 0.04);
		assertThat(cascade.recall(Category.SELF_HARM_ENCOURAGEMENT)).as("cascade encouragement recall")
			.isGreaterThanOrEqualTo(0.84);
		assertThat(cascade.recall(Category.CRISIS)).as("cascade crisis recall").isGreaterThanOrEqualTo(0.81);
	}

	@Test
	void hateCheckTestTemplatesMeetTheirFloors() {
		Scores scores = Scores.of(resource("screening/split/hatecheck-test.jsonl", "expected"),
				EnumSet.of(Category.HATE_SPEECH));
		scores.print("TEST HateCheck templates never read while writing rules (HATE_SPEECH only)");
		Scores cascade = Scores.of(resource("screening/split/hatecheck-test.jsonl", "expected"),
				EnumSet.of(Category.HATE_SPEECH), CASCADE);
		cascade.print("TEST HateCheck templates never read while writing rules, rules then model (the default)");

		scores.assertFloors(Map.of(Category.HATE_SPEECH, 0.90), 0.90, 0.03);
		cascade.assertFloors(Map.of(Category.HATE_SPEECH, CASCADE_HATECHECK_F1), CASCADE_HATECHECK_F1,
				CASCADE_HATECHECK_FPR);
	}

	@Test
	void publicDataTestPartMeetsItsFloors() throws IOException {
		Path train = sharedScreening().resolve("train");
		Set<String> ids = new HashSet<>(lines("screening/split/public-test-ids.txt"));
		List<Case> cases = new ArrayList<>();
		try (var files = Files.list(train)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
				for (Case c : parse(Files.readAllLines(file, StandardCharsets.UTF_8), "labels")) {
					if (ids.contains(c.id())) {
						cases.add(c);
					}
				}
			}
		}
		assertThat(cases).as("every listed id is in the shared training data").hasSize(ids.size());
		Scores scores = Scores.of(cases, EnumSet.of(Category.CRISIS, Category.HARASSMENT, Category.HATE_SPEECH,
				Category.ROMANTIC_SOLICITATION, Category.MEDICAL_ADVICE, Category.SELF_HARM_ENCOURAGEMENT));
		scores.print("TEST public data, test part by row id (weak labels, see docs/screening.md)");
		cases.stream()
			.map(c -> c.id().substring(0, c.id().lastIndexOf('-')))
			.distinct()
			.sorted()
			.forEach(source -> Scores
				.of(cases.stream().filter(c -> c.id().startsWith(source + "-")).toList(), scores.scored)
				.print("TEST public data, test part, source " + source));

		Scores cascade = Scores.of(cases, scores.scored, CASCADE);
		cascade.print("TEST public data, test part by row id, rules then model (the default)");

		scores.assertFloors(Map.of(Category.CRISIS, 0.36, Category.HATE_SPEECH, 0.27), 0.19, 0.05);
		cascade.assertFloors(CASCADE_PUBLIC_F1, CASCADE_PUBLIC_MACRO_F1, CASCADE_PUBLIC_FPR);
	}

	@Test
	void inSampleFiguresArePrintedAndNeverGate() throws IOException {
		List<Case> tune = resource("screening/split/hatecheck-tune.jsonl", "expected");
		Scores hateCheckTune = Scores.of(tune, EnumSet.of(Category.HATE_SPEECH));
		hateCheckTune.print("IN-SAMPLE HateCheck templates rules may be written against (HATE_SPEECH only)");
		assertThat(hateCheckTune.cases).isEqualTo(tune.size());
		assertThat(hateCheckTune.errors).as("screening errors").isZero();

		Path dev = sharedScreening().resolve("dev.jsonl");
		Scores development = Scores.of(parse(Files.readAllLines(dev, StandardCharsets.UTF_8), "expected"),
				EnumSet.allOf(Category.class));
		development.print("IN-SAMPLE development set (rules were written against it)");
		assertThat(development.errors).as("screening errors").isZero();
	}

	static Path sharedScreening() {
		Path dir = Path.of(System.getProperty("hearth.shared.dir", "../shared"), "screening");
		assumeTrue(Files.isDirectory(dir), "shared screening data not found at " + dir.toAbsolutePath());
		return dir;
	}

	static List<String> lines(String resource) {
		try (InputStream in = ScreeningQualityGateTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Case> resource(String resource, String labels) {
		return parse(lines(resource), labels);
	}

	static List<Case> parse(List<String> lines, String labels) {
		List<Case> cases = new ArrayList<>();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode row = JSON.readTree(line);
			Set<Category> expected = EnumSet.noneOf(Category.class);
			row.get(labels).forEach(label -> expected.add(Category.valueOf(label.asString())));
			cases.add(new Case(row.get("id").asString(),
					AuthorRole.parse(row.get("author_role").asString()).orElseThrow(), row.get("text").asString(),
					expected));
		}
		return cases;
	}

	/** Counts per category over one part, restricted to the categories it labels. */
	static final class Scores {

		final Set<Category> scored;

		final Map<Category, int[]> counts = new EnumMap<>(Category.class);

		int cases;

		int benign;

		int benignFlagged;

		int errors;

		private Scores(Set<Category> scored) {
			this.scored = scored;
			scored.forEach(c -> counts.put(c, new int[3]));
		}

		static Scores of(List<Case> cases, Set<Category> scored) {
			return of(cases, scored, SHIPPED);
		}

		static Scores of(List<Case> cases, Set<Category> scored, Screener screener) {
			Scores s = new Scores(scored);
			List<ScreeningResult> results = screener
				.screenAll(cases.stream().map(c -> ScreeningRequest.of(c.text(), c.role())).toList());
			for (int i = 0; i < cases.size(); i++) {
				Case c = cases.get(i);
				ScreeningResult result = results.get(i);
				s.errors += result.error() ? 1 : 0;
				Set<Category> got = EnumSet.noneOf(Category.class);
				for (Category category : result.categories()) {
					if (scored.contains(category) && Action.forCategory(category, c.role()) != Action.NONE) {
						got.add(category);
					}
				}
				Set<Category> wanted = EnumSet.noneOf(Category.class);
				c.expected().stream().filter(scored::contains).forEach(wanted::add);
				for (Category category : scored) {
					int[] n = s.counts.get(category);
					boolean predicted = got.contains(category);
					boolean labelled = wanted.contains(category);
					n[0] += predicted && labelled ? 1 : 0;
					n[1] += predicted && !labelled ? 1 : 0;
					n[2] += !predicted && labelled ? 1 : 0;
				}
				s.cases++;
				if (wanted.isEmpty()) {
					s.benign++;
					s.benignFlagged += got.isEmpty() ? 0 : 1;
				}
			}
			return s;
		}

		int support(Category c) {
			int[] n = counts.get(c);
			return n[0] + n[2];
		}

		double precision(Category c) {
			int[] n = counts.get(c);
			return n[0] + n[1] == 0 ? (support(c) == 0 ? 1 : 0) : (double) n[0] / (n[0] + n[1]);
		}

		double recall(Category c) {
			return support(c) == 0 ? 1 : (double) counts.get(c)[0] / support(c);
		}

		double f1(Category c) {
			double p = precision(c);
			double r = recall(c);
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		double macroF1() {
			return scored.stream().filter(c -> support(c) > 0).mapToDouble(this::f1).average().orElse(0);
		}

		double benignFalsePositiveRate() {
			return benign == 0 ? 0 : (double) benignFlagged / benign;
		}

		void print(String title) {
			StringBuilder b = new StringBuilder("\n").append(title).append(" (").append(cases).append(" cases)\n");
			b.append(String.format(Locale.ROOT, "%-26s %5s %6s %6s %6s%n", "category", "n", "P", "R", "F1"));
			for (Category c : scored) {
				if (support(c) > 0 || counts.get(c)[1] > 0) {
					b.append(String.format(Locale.ROOT, "%-26s %5d %6.2f %6.2f %6.2f%n", c.name(), support(c),
							precision(c), recall(c), f1(c)));
				}
			}
			b.append(String.format(Locale.ROOT, "macro-F1 %.3f, false-positive rate on %d benign %.3f, errors %d%n",
					macroF1(), benign, benignFalsePositiveRate(), errors));
			System.out.print(b);
		}

		/**
		 * Each category's F1 at or above its floor, the macro-F1 at or above its floor,
		 * the false-positive rate on benign messages at or below its ceiling, and no
		 * errors.
		 */
		void assertFloors(Map<Category, Double> f1Floors, double macroFloor, double fprCeiling) {
			assertThat(errors).as("screening errors").isZero();
			f1Floors.forEach((category, floor) -> assertThat(f1(category)).as("F1 of " + category)
				.isGreaterThanOrEqualTo(floor));
			assertThat(macroF1()).as("macro-F1").isGreaterThanOrEqualTo(macroFloor);
			assertThat(benignFalsePositiveRate()).as("false-positive rate on benign").isLessThanOrEqualTo(fprCeiling);
		}

	}

}
