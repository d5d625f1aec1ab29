package org.hearth.screening.engine;

import java.util.List;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.ScreeningRequest;

/**
 * The screener's second tier: a sentence embedding of each message (quantised bge-small,
 * {@link SentenceEncoder}) and its words as the rules read them, read by a small trained
 * head ({@link CategoryHead}, with its word model {@link LexicalModel}) that gives each
 * category a probability. A long message is read in windows and each category keeps its
 * highest window score, so one alarming sentence in a long message still counts.
 * Thread-safe; the shipped tier is loaded once per JVM.
 *
 * <p>
 * The scores of the last {@link #REMEMBERED} distinct messages (text and role, up to
 * {@link #REMEMBERED_LENGTH} characters) are kept, so a message seen again (a copied
 * chain message, a bot's repeated line, a batch sent twice) costs a look-up instead of a
 * model run. The scores are the same either way: the model reads each message on its own.
 */
public final class LearnedTier implements ModelScores {

	/** Distinct messages whose scores are remembered. */
	static final int REMEMBERED = 50_000;

	/** Longer messages are not remembered, which bounds the memory this takes. */
	static final int REMEMBERED_LENGTH = 1_000;

	private static final int[] NO_WORDS = new int[0];

	private static volatile LearnedTier shipped;

	private final java.util.Map<String, float[]> remembered = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
				return size() > REMEMBERED;
			}
		});

	private final SentenceEncoder encoder;

	private final CategoryHead head;

	/** Reads messages as the rules do, for the head's word model. */
	private final TextNormalizer normalizer;

	LearnedTier(SentenceEncoder encoder, CategoryHead head, TextNormalizer normalizer) {
		this.encoder = encoder;
		this.head = head;
		this.normalizer = normalizer;
	}

	/**
	 * The tier over the model and head shipped on the classpath, loaded on first use
	 * (about a second on a quiet machine).
	 * @throws IllegalStateException when the model or the head cannot be loaded
	 */
	public static LearnedTier shipped() {
		LearnedTier tier = shipped;
		if (tier == null) {
			synchronized (LearnedTier.class) {
				tier = shipped;
				if (tier == null) {
					tier = new LearnedTier(SentenceEncoder.shipped(CategoryHead.shipped().encoder()),
							CategoryHead.shipped(), RuleSet.shipped().normalizer());
					shipped = tier;
				}
			}
		}
		return tier;
	}

	/** The head, with its thresholds. */
	@Override
	public CategoryHead head() {
		return head;
	}

	/**
	 * Each message's probability per category (in {@link Category} order), the messages
	 * embedded together in batches.
	 */
	@Override
	public float[][] score(List<ScreeningRequest> requests) {
		float[][] scores = new float[requests.size()][];
		List<Integer> unseen = new java.util.ArrayList<>();
		for (int r = 0; r < requests.size(); r++) {
			float[] known = remembered.get(key(requests.get(r)));
			if (known != null) {
				scores[r] = known.clone();
			}
			else {
				unseen.add(r);
			}
		}
		if (unseen.isEmpty()) {
			return scores;
		}
		// A message holding invisible characters is read twice, as the rules read it:
		// with
		// them dropped (so they cannot split a word) and as spaces (so fillers typed in
		// place of spaces cannot join the words into one the model does not know).
		List<String> texts = new java.util.ArrayList<>();
		List<Integer> readOf = new java.util.ArrayList<>();
		for (int r : unseen) {
			String text = requests.get(r).text();
			String dropped = text == null ? null : InvisibleCharacters.dropped(text);
			texts.add(dropped == null ? text : dropped);
			readOf.add(r);
			if (dropped != null) {
				texts.add(InvisibleCharacters.asSpaces(text));
				readOf.add(r);
			}
		}
		SentenceEncoder.Embeddings embeddings = encoder.embed(texts);
		float[][] vectors = embeddings.vectors();
		int[] owner = embeddings.owner();
		// The word model reads each text once, however many windows it has.
		int[][] words = new int[texts.size()][];
		for (int i = 0; i < vectors.length; i++) {
			int text = owner[i];
			int r = readOf.get(text);
			AuthorRole role = requests.get(r).authorRole();
			if (words[text] == null) {
				words[text] = head.lexical()
					.map(model -> LexicalModel.features(normalizer, texts.get(text), role, model.bits()))
					.orElse(NO_WORDS);
			}
			float[] s = head.scores(vectors[i], role, words[text]);
			if (scores[r] == null) {
				scores[r] = s;
			}
			else {
				for (int c = 0; c < s.length; c++) {
					scores[r][c] = Math.max(scores[r][c], s[c]);
				}
			}
		}
		for (int r : unseen) {
			if (requests.get(r).text().length() <= REMEMBERED_LENGTH) {
				remembered.put(key(requests.get(r)), scores[r].clone());
			}
		}
		return scores;
	}

	private static String key(ScreeningRequest request) {
		return request.authorRole().ordinal() + request.text();
	}

}
