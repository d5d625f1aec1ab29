package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In-sample regression checks, not quality figures (the rules were written against these
 * files; {@link ScreeningQualityGateTests} scores the test parts): the targets of issue 5
 * on the shared evaluation files. Skipped when the shared folder is absent; its location
 * is the system property {@code hearth.shared.dir} (default {@code ../shared}).
 */
class SharedScreeningDataIntegrationTests {

	private static final Pattern FIELD = Pattern.compile("\"(id|author_role|text)\": \"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern EXPECTED = Pattern.compile("\"expected\": \\[([^\\]]*)\\]");

	record Case(String id, AuthorRole role, String text, Set<Category> expected) {
	}

	static Path screeningDir() {
		Path dir = Path.of(System.getProperty("hearth.shared.dir", "../shared"), "screening");
		assumeTrue(Files.isDirectory(dir), "shared screening data not found at " + dir.toAbsolutePath());
		return dir;
	}

	static List<Case> load(Path file) throws IOException {
		List<Case> cases = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			Matcher m = FIELD.matcher(line);
			String id = null;
			String role = null;
			String text = null;
			while (m.find()) {
				String value = unescape(m.group(2));
				switch (m.group(1)) {
					case "id" -> id = value;
					case "author_role" -> role = value;
					default -> text = value;
				}
			}
			Matcher e = EXPECTED.matcher(line);
			Set<Category> expected = new HashSet<>();
			if (e.find()) {
				for (String c : e.group(1).split(",")) {
					if (!c.isBlank()) {
						expected.add(Category.valueOf(c.trim().replace("\"", "")));
					}
				}
			}
			cases.add(new Case(id, AuthorRole.parse(role).orElseThrow(), text, expected));
		}
		return cases;
	}

	static String unescape(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char n = s.charAt(++i);
				switch (n) {
					case 'n' -> b.append('\n');
					case 't' -> b.append('\t');
					case 'u' -> {
						b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
						i += 4;
					}
					default -> b.append(n);
				}
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}

	@Test
	void meetsTheDevelopmentSetTargets() throws IOException {
		List<Case> cases = load(screeningDir().resolve("dev.jsonl"));
		Screener screener = Screener.withShippedRules();
		Map<Category, int[]> counts = new EnumMap<>(Category.class);
		int benign = 0;
		int benignFlagged = 0;
		for (Case c : cases) {
			Set<Category> got = new HashSet<>(screener.screen(c.text(), c.role()).categories());
			for (Category category : Category.values()) {
				int[] tpFpFn = counts.computeIfAbsent(category, k -> new int[3]);
				boolean predicted = got.contains(category);
				boolean wanted = c.expected().contains(category);
				tpFpFn[0] += predicted && wanted ? 1 : 0;
				tpFpFn[1] += predicted && !wanted ? 1 : 0;
				tpFpFn[2] += !predicted && wanted ? 1 : 0;
			}
			if (c.expected().isEmpty()) {
				benign++;
				benignFlagged += got.isEmpty() ? 0 : 1;
			}
		}
		double f1Sum = 0;
		int present = 0;
		for (int[] n : counts.values()) {
			if (n[0] + n[2] > 0) {
				double p = n[0] + n[1] == 0 ? 0 : (double) n[0] / (n[0] + n[1]);
				double r = (double) n[0] / (n[0] + n[2]);
				f1Sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
				present++;
			}
		}
		int[] shEnc = counts.get(Category.SELF_HARM_ENCOURAGEMENT);
		int[] crisis = counts.get(Category.CRISIS);
		assertThat(f1Sum / present).as("macro F1").isGreaterThanOrEqualTo(0.90);
		assertThat(shEnc[2]).as("missed self-harm encouragement").isZero();
		assertThat((double) crisis[0] / (crisis[0] + crisis[2])).as("crisis recall").isGreaterThanOrEqualTo(0.90);
		assertThat((double) benignFlagged / benign).as("benign false-positive rate").isLessThanOrEqualTo(0.05);
	}

	@Test
	void meetsTheHateCheckTargets() throws IOException {
		List<Case> cases = load(screeningDir().resolve("hatecheck.jsonl"));
		Screener screener = Screener.withShippedRules();
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int negatives = 0;
		for (Case c : cases) {
			boolean predicted = screener.screen(c.text(), c.role()).categories().contains(Category.HATE_SPEECH);
			boolean wanted = c.expected().contains(Category.HATE_SPEECH);
			tp += predicted && wanted ? 1 : 0;
			fp += predicted && !wanted ? 1 : 0;
			fn += !predicted && wanted ? 1 : 0;
			negatives += wanted ? 0 : 1;
		}
		double precision = (double) tp / (tp + fp);
		double recall = (double) tp / (tp + fn);
		assertThat(2 * precision * recall / (precision + recall)).as("HateCheck F1").isGreaterThanOrEqualTo(0.85);
		assertThat((double) fp / negatives).as("HateCheck false-positive rate").isLessThanOrEqualTo(0.10);
	}

}
