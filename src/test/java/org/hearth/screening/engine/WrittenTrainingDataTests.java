package org.hearth.screening.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples written for training the learned tier stay apart from the held-out test
 * set: no written example is the same sentence as a held-out one, nor a near copy of it
 * (at most {@link #MAX_OVERLAP} of their words in common, counted as the share of the
 * words of either that both use), so the held-out figures measure messages the head never
 * saw.
 */
class WrittenTrainingDataTests {

	static final double MAX_OVERLAP = 0.6;

	private static final Pattern WORD = Pattern.compile("[a-z']+");

	@Test
	void noWrittenExampleCopiesAHeldOutMessage() throws IOException {
		List<Set<String>> heldOut = texts("screening/heldout/heldout.jsonl").stream()
			.map(WrittenTrainingDataTests::words)
			.toList();
		List<String> written = texts("screening/train/written.jsonl");
		assertThat(written).hasSizeGreaterThan(500);
		assertThat(heldOut).hasSizeGreaterThan(300);
		// Every near copy is named at once (the written example only), so all can be
		// removed in one pass.
		List<String> nearCopies = written.stream()
			.filter(text -> heldOut.stream().anyMatch(h -> overlap(words(text), h) >= MAX_OVERLAP))
			.toList();
		assertThat(nearCopies).as("written examples too close to a held-out message").isEmpty();
	}

	static double overlap(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		Set<String> either = new HashSet<>(a);
		either.addAll(b);
		return either.isEmpty() ? 1 : (double) both.size() / either.size();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	private static List<String> texts(String resource) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = WrittenTrainingDataTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank())
				.map(l -> json.readTree(l).get("text").asString())
				.toList();
		}
	}

}
