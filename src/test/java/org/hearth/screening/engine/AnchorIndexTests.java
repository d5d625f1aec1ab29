package org.hearth.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The anchored evaluation (each rule tried only at the token starts where one of its
 * literal beginnings occurs) finds exactly the matches a full {@code Matcher.find()} scan
 * finds, for every shipped rule and the target-phrase pattern, on random, adversarial and
 * real texts.
 */
class AnchorIndexTests {

	static final RuleSet RULES = RuleSet.shipped();
	static final List<Pattern> PATTERNS = patterns();

	static List<Pattern> patterns() {
		List<Pattern> list = new ArrayList<>();
		for (Rule rule : RULES.rules()) {
			list.add(rule.pattern());
		}
		list.add(RULES.targetStart());
		return list;
	}

	/** Every match of every pattern, as {pattern, start, end}, by a plain find() scan. */
	static List<String> fullScan(String canon) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < PATTERNS.size(); i++) {
			Matcher m = PATTERNS.get(i).matcher(canon);
			while (m.find()) {
				out.add(i + ":" + m.start() + "-" + m.end());
			}
		}
		return out;
	}

	/**
	 * The same, trying each pattern only at its anchored start offsets, resuming after
	 * each match as find() does.
	 */
	static List<String> anchoredScan(NormalizedText text) {
		AnchorIndex.Starts starts = new AnchorIndex.Starts();
		RULES.anchors().scan(text, starts);
		String canon = text.canonical();
		List<String> out = new ArrayList<>();
		for (int i = 0; i < PATTERNS.size(); i++) {
			Matcher m = PATTERNS.get(i).matcher(canon);
			m.useTransparentBounds(true);
			m.useAnchoringBounds(false);
			int from = 0;
			for (int e = starts.first(i); e >= 0; e = starts.next(e)) {
				int p = starts.offset(e);
				if (p < from) {
					continue;
				}
				m.region(p, canon.length());
				if (m.lookingAt()) {
					out.add(i + ":" + m.start() + "-" + m.end());
					from = m.end();
				}
			}
		}
		return out;
	}

	static void assertSameMatches(String raw) {
		NormalizedText text = RULES.normalizer().normalize(raw);
		assertThat(anchoredScan(text)).as("canonical: %s", text.canonical()).isEqualTo(fullScan(text.canonical()));
	}

	@Property(tries = 300)
	void anchoredMatchesEqualFullScanOnArbitraryText(@ForAll @StringLength(max = 300) String text) {
		assertSameMatches(text);
	}

	@Property(tries = 500)
	void anchoredMatchesEqualFullScanOnRuleWordSoup(@ForAll("ruleWords") String text) {
		assertSameMatches(text);
	}

	@Provide
	Arbitrary<String> ruleWords() {
		List<String> words = new ArrayList<>(
				List.of(".", "?", ",", "\"", "!", "k y s", "h4te", "f***", "u", "ur", "cant", "dont"));
		for (String line : RULES.rules().stream().map(r -> r.id()).toList()) {
			words.addAll(List.of(line.split("-")));
		}
		words.addAll(List.of("i", "you", "they", "we", "are", "is", "should", "all", "those", "these", "women", "gay",
				"people", "immigrants", "muslims", "hate", "kill", "yourself", "myself", "die", "want", "to", "not",
				"never", "no", "just", "go", "disgusting", "animals", "rats", "like", "be", "a", "the", "so", "and",
				"lol", "please", "really", "meds", "stop", "taking", "your", "doctor", "sue", "them", "trash", "belong",
				"in", "zoo", "deserve", "shot", "bitch", "faggot", "retard", "me", "make", "sick", "feel", "end", "it",
				"all", "better", "off", "dead", "without", "nobody", "would", "miss", "shut", "up", "fuck", "off",
				"cutie", "send", "pics", "dm"));
		return Arbitraries.of(words).list().ofMaxSize(40).map(list -> String.join(" ", list));
	}

	@Test
	void anchoredMatchesEqualFullScanOnRealTexts() throws IOException {
		Path dir = Path.of(System.getProperty("hearth.shared.dir", "../shared"), "screening");
		List<String> texts = new ArrayList<>(List.of("you should just kys, nobody would miss you",
				"those people are disgusting animals", "I want to end it all tonight",
				"\"women are trash\" is what he said", "you and all those women belong in a zoo"));
		Pattern field = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");
		for (String name : List.of("dev.jsonl", "hatecheck.jsonl", "tweets.jsonl")) {
			Path file = dir.resolve(name);
			if (!Files.isRegularFile(file)) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			int step = name.startsWith("tweets") ? 5 : 1; // every hatecheck and dev case,
															// a fifth of the tweets
			for (int i = 0; i < lines.size(); i += step) {
				Matcher m = field.matcher(lines.get(i));
				if (m.find()) {
					texts.add(m.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
				}
			}
		}
		for (String text : texts) {
			assertSameMatches(text);
		}
	}

	@Test
	void beginningsAreLiteralPrefixesOfEveryMatch() {
		assertThat(RegexPrefixes.of("(?<![^ ])(?:abc|abd)(?![^ ])")).containsExactlyInAnyOrder("abc", "abd");
		assertThat(RegexPrefixes.of("(?:x )?y")).containsExactlyInAnyOrder("x y", "y");
		assertThat(RegexPrefixes.of("a{0,2}b")).containsExactlyInAnyOrder("a", "b");
		assertThat(RegexPrefixes.of("fantasi[sz]ing")).containsExactlyInAnyOrder("fantasis", "fantasiz");
		assertThat(RegexPrefixes.of("(?:so|some) thing")).containsExactlyInAnyOrder("so thing", "some thi");
		assertThat(RegexPrefixes.of("(?:so|some)[a-z]* thing")).containsExactlyInAnyOrder("so");
		assertThat(RegexPrefixes.of("[^ ]+ foo")).containsExactly("");
		assertThat(RegexPrefixes.of("(?:\\w+ ){0,3}bar")).containsExactly("");
		assertThat(RegexPrefixes.of("(?i)abc")).containsExactly("");
		assertThat(RegexPrefixes.of("very long literal words")).containsExactly("very lon");
	}

	@Property(tries = 300)
	void everyMatchOfARandomPatternStartsWithABeginning(@ForAll("randomPatterns") String regex,
			@ForAll("subjects") String subject) {
		Set<String> beginnings = RegexPrefixes.of(regex);
		Matcher m = Pattern.compile(regex).matcher(subject);
		while (m.find()) {
			String match = subject.substring(m.start());
			assertThat(beginnings.stream().anyMatch(match::startsWith))
				.as("%s at %d in %s, beginnings %s", regex, m.start(), subject, beginnings)
				.isTrue();
		}
	}

	@Provide
	Arbitrary<String> randomPatterns() {
		Arbitrary<String> atom = Arbitraries.of("a", "b", "ab", "ba", " ", "[ab]", "[^ ]", ".", "(?:a|b)", "(?:ab|b a)",
				"(?<![^ ])", "(?=a)", "(?!b)", "\\.", "(?:a )?", "(?:b ){0,3}", "a*", "b+", "(?:a|)", "x{2}");
		return atom.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list));
	}

	@Provide
	Arbitrary<String> subjects() {
		return Arbitraries.strings().withChars('a', 'b', ' ', '.', 'x').ofMaxLength(30);
	}

}
