package org.hearth.screening.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the learned tier's head and writes {@code screening/model/head.txt}. Run it with
 * {@code scripts/train-head.sh}; it reads the public training data (the shared
 * {@code screening/train/*.jsonl}) and the examples written for Hearth
 * ({@code src/test/resources/screening/train/written.jsonl}), splits every row by its id
 * into a training, a validation and a test part ({@link TrainingSplit}), and never reads
 * the test part. On the training and validation parts together it scores every row with a
 * head fitted on the other folds (3 folds, fixed seeds), chooses each category's
 * threshold on those out-of-fold scores, then fits the shipped head on all of them.
 * Embeddings are cached under {@code target/} so a second run only refits.
 *
 * <p>
 * Usage: {@code HeadTrainer <train dir> <written.jsonl> <head.txt out> [hidden units]}.
 */
public final class HeadTrainer {

	static final long SEED = 20261201L;

	/** How much one row of a source counts in the loss. */
	static final Map<String, Double> SOURCE_WEIGHT = sourceWeights(Map.of("written", 8.0, "suicide_detection", 1.0,
			"counsel_chat", 1.0, "convabuse", 1.0, "hatexplain", 0.5, "medquad", 0.25),
			System.getProperty("head.weights", ""));

	/**
	 * The default weights with those given as {@code source=weight,...} on top (for
	 * comparing settings out of fold; the shipped head uses the defaults).
	 */
	static Map<String, Double> sourceWeights(Map<String, Double> defaults, String given) {
		Map<String, Double> weights = new java.util.TreeMap<>(defaults);
		for (String pair : given.split(",")) {
			if (!pair.isBlank()) {
				String[] kv = pair.split("=");
				weights.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
			}
		}
		return Map.copyOf(weights);
	}

	/**
	 * Recall-leaning categories: their threshold maximises F2 (recall counts four times
	 * precision) rather than F1, as missing a member at risk costs far more than a second
	 * look.
	 */
	static final List<Category> RECALL_FIRST = List.of(Category.CRISIS, Category.SELF_HARM_ENCOURAGEMENT);

	/**
	 * A category whose best validation F1 is below this, or with fewer validation
	 * positives than {@link #MIN_POSITIVES}, gets no threshold: the tier never reports
	 * it.
	 */
	static final double MIN_F1 = 0.6;

	static final int MIN_POSITIVES = 8;

	/**
	 * The precision the model's additions to the rules' findings must keep on the written
	 * examples' out-of-fold scores for a category's threshold.
	 */
	static final double MIN_PRECISION_WRITTEN = 0.8;

	/**
	 * The same for crisis and encouragement, lower, as a second look by staff costs far
	 * less than a missed message; the benign budget still bounds what they add.
	 */
	static final double MIN_PRECISION_WRITTEN_RECALL_FIRST = 0.75;

	/**
	 * The most benign rows of the public data one category's model scores may flag out of
	 * fold (they are long posts unlike chat, so a guard rather than the target).
	 */
	static final double MAX_PUBLIC_BENIGN_RATE = 0.02;

	/**
	 * The share of the benign written examples the model may flag out of fold beyond
	 * those the rules flag.
	 */
	static final double BENIGN_BUDGET = Double.parseDouble(System.getProperty("head.budget", "0.02"));

	/**
	 * Out-of-fold scoring: the four rounds in which the written examples were written are
	 * the four folds (each round's rows are scored by models that saw none of that round,
	 * so neither its writers' wording nor its topics), and each public row falls in a
	 * fold by a hash of its id. The rounds, by id: up to {@code written-791}, to
	 * {@code written-3255}, to {@code written-4874}, and after.
	 */
	static final int FOLDS = 4;

	private static final int[] ROUND_ENDS = { 791, 3255, 4874 };

	/**
	 * The word model's share of the head's blend ({@code -Dhead.words=}; 0 leaves it out)
	 * and its number of hash bits ({@code -Dhead.word-bits=}).
	 */
	static final double WORD_WEIGHT = Double.parseDouble(System.getProperty("head.words", "0.5"));

	static final int WORD_BITS = Integer.parseInt(System.getProperty("head.word-bits", "16"));

	static final int EPOCHS = Integer.parseInt(System.getProperty("head.epochs", "30"));

	/**
	 * Networks trained from different seeds whose logits the head averages
	 * ({@code -Dhead.ensemble=}); stored as one network with their hidden units side by
	 * side.
	 */
	static final int ENSEMBLE = Integer.parseInt(System.getProperty("head.ensemble", "5"));

	/** The sentence model the head reads; {@code -Dhead.encoder=} names another. */
	static final SentenceEncoder.Model ENCODER = SentenceEncoder.Model
		.named(System.getProperty("head.encoder", SentenceEncoder.Model.BGE_SMALL.fileName()));

	/** The fold a row of the training and validation parts falls in. */
	static int fold(Row row) {
		if ("written".equals(row.source())) {
			int n = Integer.parseInt(row.id().substring(row.id().lastIndexOf('-') + 1));
			int round = 0;
			while (round < ROUND_ENDS.length && n > ROUND_ENDS[round]) {
				round++;
			}
			return round;
		}
		return Math.floorMod((row.id() + "#fold").hashCode(), FOLDS);
	}

	private static final Category[] CATEGORIES = Category.values();

	private static final int IN = SentenceEncoder.DIMENSIONS + 1;

	record Row(String id, String source, AuthorRole role, String text, boolean[] labels, TrainingSplit.Part part) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: HeadTrainer <train dir> <written.jsonl> <head.txt out> [hidden units]");
			System.exit(2);
		}
		Path trainDir = Path.of(args[0]);
		Path written = Path.of(args[1]);
		Path out = Path.of(args[2]);
		int hidden = args.length > 3 ? Integer.parseInt(args[3]) : 64;
		List<Row> rows = new ArrayList<>();
		try (Stream<Path> files = Files.list(trainDir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
				rows.addAll(read(file));
			}
		}
		rows.addAll(read(written));
		// The public rows' test part is kept for reporting; the written examples are all
		// trained on, as their test set is the held-out set, written by someone else.
		List<Row> fit = rows.stream()
			.filter(r -> r.part() != TrainingSplit.Part.TEST || "written".equals(r.source()))
			.toList();
		System.out.printf("rows %d: training and validation %d, public test part %d (not read further)%n", rows.size(),
				fit.size(), rows.size() - fit.size());
		Map<String, float[]> cache = embed(fit);
		float[][] xFit = inputs(fit, cache);
		// Out-of-fold scores: each row is scored by a head that did not see it, and the
		// thresholds are chosen on those. Both they and the final head are kept under
		// target/ for the same rows and settings, so a second run only re-chooses
		// thresholds.
		Path fitted = Path.of("target", "screening-fitted-" + fingerprint(fit, hidden) + ".bin");
		System.out.println("sentence model " + ENCODER.fileName());
		float[][] pValid = new float[fit.size()][];
		Network net = new Network(hidden * ENSEMBLE, new Random(SEED));
		if (Files.exists(fitted)) {
			readFitted(fitted, pValid, net);
			System.out.println("out-of-fold scores and head read from " + fitted);
		}
		else {
			for (int fold = 0; fold < FOLDS; fold++) {
				List<Integer> in = new ArrayList<>();
				List<Integer> held = new ArrayList<>();
				for (int i = 0; i < fit.size(); i++) {
					(fold(fit.get(i)) == fold ? held : in).add(i);
				}
				Network foldNet = fitEnsemble(hidden, SEED + fold,
						in.stream().map(i -> xFit[i]).toArray(float[][]::new), in.stream().map(fit::get).toList());
				for (int i : held) {
					pValid[i] = foldNet.forward(xFit[i], null);
				}
				System.out.printf("fold %d of %d done%n", fold + 1, FOLDS);
			}
			net = fitEnsemble(hidden, SEED, xFit, fit);
			writeFitted(fitted, pValid, net);
		}
		// The word model: scored out of fold on the same folds, fitted on all rows, and
		// blended with the network's log-odds (so the thresholds are chosen on the
		// blend).
		LexicalModel words = null;
		if (WORD_WEIGHT > 0) {
			TextNormalizer normalizer = RuleSet.shipped().normalizer();
			int[][] features = new int[fit.size()][];
			for (int i = 0; i < fit.size(); i++) {
				features[i] = LexicalModel.features(normalizer, fit.get(i).text(), fit.get(i).role(), WORD_BITS);
			}
			for (int fold = 0; fold < FOLDS; fold++) {
				List<Integer> in = new ArrayList<>();
				List<Integer> held = new ArrayList<>();
				for (int i = 0; i < fit.size(); i++) {
					(fold(fit.get(i)) == fold ? held : in).add(i);
				}
				LexicalModel foldWords = WordTrainer.fit(fit, features, in);
				for (int i : held) {
					pValid[i] = blend(pValid[i], foldWords.logits(features[i]));
				}
			}
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < fit.size(); i++) {
				all.add(i);
			}
			words = WordTrainer.fit(fit, features, all);
			System.out.println("word model fitted (" + WORD_BITS + " bits, weight " + WORD_WEIGHT + ")");
		}
		Map<String, String> notes = new LinkedHashMap<>();
		Map<Category, Double> thresholds = chooseThresholds(fit, pValid, net, notes);
		OptionalDouble withSign = chooseCrisisThresholdWithSign(fit, pValid, net, thresholds, notes);
		notes.put("training",
				String.format(Locale.ROOT,
						"rows=%d folds=%d (the written rows by round) seed=%d epochs=%d hidden=%d (" + ENSEMBLE
								+ " networks of " + hidden + ")" + (WORD_WEIGHT > 0 ? " words=%d bits at %.2f" : ""),
						fit.size(), FOLDS, SEED, EPOCHS, hidden * ENSEMBLE, WORD_BITS, WORD_WEIGHT));
		CategoryHead head = net.toHead(thresholds, withSign, notes, words);
		Files.createDirectories(out.toAbsolutePath().getParent());
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			head.write(writer,
					List.of("The learned tier's head: written by HeadTrainer (scripts/train-head.sh); "
							+ "do not edit by hand.",
							"Thresholds were chosen on out-of-fold scores of the training data (4 folds, the written "
									+ "examples by round); the test part of the split was never read."));
		}
		System.out.println("wrote " + out);
	}

	/**
	 * Chooses each category's threshold on the out-of-fold scores, as the cascade would
	 * use them. The written examples are short chat messages like the ones Hearth
	 * screens, so they decide: each is screened by the rules, and the model may only add
	 * a category the rules' context allows (direction, negation, quotation, reporting,
	 * questions about suicide). A category's threshold is the one with the best F-score
	 * (F2 for crisis and encouragement, F1 otherwise) whose additions to the rules keep a
	 * precision on the written rows of {@link #MIN_PRECISION_WRITTEN} and whose
	 * model-alone false-positive rate on the benign public rows stays within
	 * {@link #MAX_PUBLIC_BENIGN_RATE}. Then, while the model adds flags on more than
	 * {@link #BENIGN_BUDGET} of the benign written rows, the threshold of the category
	 * with the most such false positives is raised.
	 */
	static Map<Category, Double> chooseThresholds(List<Row> fit, float[][] p, Network net, Map<String, String> notes) {
		ScreeningEngine engine = new ScreeningEngine(RuleSet.shipped(), org.hearth.screening.PhraseOverrides.none());
		CategoryHead open = net.toOpenHead();
		List<Integer> written = new ArrayList<>();
		List<Integer> publicBenign = new ArrayList<>();
		for (int i = 0; i < fit.size(); i++) {
			if ("written".equals(fit.get(i).source())) {
				written.add(i);
			}
			else if (!any(fit.get(i).labels())) {
				publicBenign.add(i);
			}
		}
		int n = written.size();
		boolean[][] ruled = new boolean[n][CATEGORIES.length];
		boolean[][] allowed = new boolean[n][CATEGORIES.length];
		for (int k = 0; k < n; k++) {
			Row row = fit.get(written.get(k));
			org.hearth.screening.ScreeningRequest request = org.hearth.screening.ScreeningRequest.of(row.text(),
					row.role());
			for (Category c : engine.screen(request).categories()) {
				ruled[k][c.ordinal()] = org.hearth.screening.Action.forCategory(c,
						row.role()) != org.hearth.screening.Action.NONE;
			}
			for (org.hearth.screening.Finding f : engine.screen(request, p[written.get(k)], open).findings()) {
				if (f.tier() == org.hearth.screening.Finding.Tier.MODEL && org.hearth.screening.Action
					.forCategory(f.category(), row.role()) != org.hearth.screening.Action.NONE) {
					allowed[k][f.category().ordinal()] = true;
				}
			}
		}
		try (Writer dump = Files.newBufferedWriter(Path.of("target", "screening-oof-written.tsv"),
				StandardCharsets.UTF_8)) {
			for (int k = 0; k < n; k++) {
				Row row = fit.get(written.get(k));
				StringBuilder line = new StringBuilder(row.id()).append('\t').append(row.role());
				for (int c = 0; c < CATEGORIES.length; c++) {
					line.append('\t')
						.append(row.labels()[c] ? "L" : "-")
						.append(ruled[k][c] ? "R" : "-")
						.append(allowed[k][c] ? "a" : "x")
						.append(String.format(Locale.ROOT, "%.2f", p[written.get(k)][c]));
				}
				dump.write(line.append('\t').append(row.text()).append('\n').toString());
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		double[] chosen = new double[CATEGORIES.length];
		java.util.Arrays.fill(chosen, Double.NaN);
		for (int c = 0; c < CATEGORIES.length; c++) {
			Category category = CATEGORIES[c];
			boolean recallFirst = RECALL_FIRST.contains(category);
			double best = -1;
			for (int step = 5; step <= 99; step++) {
				double t = step / 100.0;
				int[] counts = cascadeCounts(fit, p, written, ruled, allowed, c, t);
				double[] prf = prf(counts[0], counts[1], counts[2], recallFirst ? 2 : 1);
				double addedPrecision = counts[3] + counts[4] == 0 ? 1 : (double) counts[3] / (counts[3] + counts[4]);
				double minPrecision = recallFirst ? MIN_PRECISION_WRITTEN_RECALL_FIRST : MIN_PRECISION_WRITTEN;
				int publicFp = 0;
				for (int i : publicBenign) {
					publicFp += p[i][c] >= t ? 1 : 0;
				}
				double publicRate = publicBenign.isEmpty() ? 0 : (double) publicFp / publicBenign.size();
				if (step % 10 == 0) {
					System.out.printf(Locale.ROOT,
							"  %s at %.2f: cascade tp=%d fp=%d fn=%d, added tp=%d fp=%d, public benign rate %.3f%n",
							category, t, counts[0], counts[1], counts[2], counts[3], counts[4], publicRate);
				}
				if (counts[0] + counts[2] >= MIN_POSITIVES && addedPrecision >= minPrecision
						&& publicRate <= MAX_PUBLIC_BENIGN_RATE && prf[2] >= MIN_F1 && prf[3] > best) {
					best = prf[3];
					chosen[c] = t;
				}
			}
		}
		// The benign budget over the whole cascade.
		while (true) {
			int benign = 0;
			int flagged = 0;
			int byRulesAlone = 0;
			int[] blame = new int[CATEGORIES.length];
			for (int k = 0; k < n; k++) {
				Row row = fit.get(written.get(k));
				if (any(row.labels())) {
					continue;
				}
				benign++;
				boolean byRules = false;
				boolean byModel = false;
				for (int c = 0; c < CATEGORIES.length; c++) {
					byRules |= ruled[k][c];
					if (!ruled[k][c] && allowed[k][c] && !Double.isNaN(chosen[c])
							&& p[written.get(k)][c] >= chosen[c]) {
						byModel = true;
						blame[c]++;
					}
				}
				flagged += !byRules && byModel ? 1 : 0;
				byRulesAlone += byRules ? 1 : 0;
			}
			double rate = benign == 0 ? 0 : (double) flagged / benign;
			int worst = 0;
			for (int c = 1; c < CATEGORIES.length; c++) {
				worst = blame[c] > blame[worst] ? c : worst;
			}
			if (rate <= BENIGN_BUDGET || blame[worst] == 0) {
				budgetNote(notes, benign, byRulesAlone, rate);
				break;
			}
			// Raise the threshold whose next benign flag costs the fewest written
			// positives (counted four times for crisis and encouragement, as F2 does), so
			// the budget takes recall where it is cheapest rather than from the category
			// with the most benign flags.
			int cheapest = -1;
			double cheapestCost = Double.MAX_VALUE;
			double cheapestTo = Double.NaN;
			for (int c = 0; c < CATEGORIES.length; c++) {
				if (blame[c] == 0 || Double.isNaN(chosen[c])) {
					continue;
				}
				double to = chosen[c];
				int[] before = budgetCounts(fit, p, written, ruled, allowed, c, chosen[c]);
				int[] after = before;
				while (after[1] == before[1] && to <= 0.99) {
					to = Math.round((to + 0.01) * 100) / 100.0;
					after = budgetCounts(fit, p, written, ruled, allowed, c, to);
				}
				double cost = (before[0] - after[0]) * (RECALL_FIRST.contains(CATEGORIES[c]) ? 4.0 : 1.0)
						/ Math.max(1, before[1] - after[1]);
				if (cost < cheapestCost) {
					cheapestCost = cost;
					cheapest = c;
					cheapestTo = to > 0.99 ? Double.NaN : to;
				}
			}
			chosen[cheapest] = cheapestTo;
		}
		Map<Category, Double> thresholds = new EnumMap<>(Category.class);
		for (int c = 0; c < CATEGORIES.length; c++) {
			Category category = CATEGORIES[c];
			double t = Double.isNaN(chosen[c]) ? 0.99 : chosen[c];
			int[] counts = cascadeCounts(fit, p, written, ruled, allowed, c, t);
			double[] cascade = prf(counts[0], counts[1], counts[2], 1);
			double[] alone = prf(fit, p, c, t, 1);
			String figures = String.format(Locale.ROOT,
					"at %.2f written out-of-fold cascade n=%d precision=%.3f recall=%.3f f1=%.3f; "
							+ "all out-of-fold model alone precision=%.3f recall=%.3f",
					t, counts[0] + counts[2], cascade[0], cascade[1], cascade[2], alone[0], alone[1]);
			if (Double.isNaN(chosen[c])) {
				notes.put(category.name(), "off: " + figures);
			}
			else {
				thresholds.put(category, chosen[c]);
				notes.put(category.name(), figures);
			}
			System.out.println(category + " " + notes.get(category.name()));
		}
		System.out.println("benign " + notes.get("benign"));
		for (Category category : RECALL_FIRST) {
			System.out.println(category + " " + whereTheWrittenPositivesGo(fit, p, written, ruled, allowed,
					category.ordinal(), thresholds.getOrDefault(category, 1.0)));
		}
		return thresholds;
	}

	/**
	 * Where the written positives of one category go in the cascade, out of fold: found
	 * by the rules, kept from the model by the rules' context (direction, negation,
	 * questions, recovery, support), scored below the threshold, or added by the model;
	 * and how well the model alone ranks the written positives above the written
	 * negatives (the area under the ROC curve), which no threshold can improve.
	 */
	private static String whereTheWrittenPositivesGo(List<Row> fit, float[][] p, List<Integer> written,
			boolean[][] ruled, boolean[][] allowed, int c, double t) {
		int positives = 0;
		int byRules = 0;
		int vetoed = 0;
		int below = 0;
		int added = 0;
		List<Float> pos = new ArrayList<>();
		List<Float> neg = new ArrayList<>();
		for (int k = 0; k < written.size(); k++) {
			int i = written.get(k);
			float score = p[i][c];
			if (!fit.get(i).labels()[c]) {
				neg.add(score);
				continue;
			}
			pos.add(score);
			positives++;
			if (ruled[k][c]) {
				byRules++;
			}
			else if (score < t) {
				below++;
			}
			else if (!allowed[k][c]) {
				vetoed++;
			}
			else {
				added++;
			}
		}
		double wins = 0;
		for (float a : pos) {
			for (float b : neg) {
				wins += a > b ? 1 : a == b ? 0.5 : 0;
			}
		}
		double auc = pos.isEmpty() || neg.isEmpty() ? Double.NaN : wins / ((double) pos.size() * neg.size());
		return String.format(Locale.ROOT,
				"written positives %d at %.2f: found by the rules %d, scored below the threshold %d, "
						+ "over it but kept out by the rules' context %d, added by the model %d; "
						+ "model-alone AUC on the written rows %.3f",
				positives, t, byRules, below, vetoed, added, auc);
	}

	/**
	 * The share of the benign written rows that the lower crisis threshold beside a
	 * critical sign may flag on top of the benign budget.
	 */
	static final double SIGN_BENIGN_BUDGET = 0.005;

	/**
	 * Chooses the lower crisis threshold that applies when the rules saw a critical sign
	 * (the means at hand, a time set, a goodbye; see
	 * {@link CategoryHead#crisisThresholdWithSign}), on the written rows' out-of-fold
	 * scores: the lowest value under the crisis threshold at which the crises it adds
	 * beside a sign keep a precision of {@link #MIN_PRECISION_WRITTEN} and the benign
	 * rows it adds stay within {@link #SIGN_BENIGN_BUDGET}. Empty when no value does
	 * better than the crisis threshold itself.
	 */
	static OptionalDouble chooseCrisisThresholdWithSign(List<Row> fit, float[][] p, Network net,
			Map<Category, Double> thresholds, Map<String, String> notes) {
		Double crisisThreshold = thresholds.get(Category.CRISIS);
		if (crisisThreshold == null) {
			return OptionalDouble.empty();
		}
		RuleSet rules = RuleSet.shipped();
		RulePass pass = new RulePass(rules,
				new AdminPhrases(org.hearth.screening.PhraseOverrides.none(), rules.normalizer()));
		ScreeningEngine engine = new ScreeningEngine(rules, org.hearth.screening.PhraseOverrides.none());
		CategoryHead open = net.toOpenHead();
		int crisis = Category.CRISIS.ordinal();
		List<float[]> positives = new ArrayList<>();
		List<float[]> benign = new ArrayList<>();
		int benignRows = 0;
		for (int i = 0; i < fit.size(); i++) {
			Row row = fit.get(i);
			if (!"written".equals(row.source())) {
				continue;
			}
			boolean isBenign = !any(row.labels());
			benignRows += isBenign ? 1 : 0;
			Vetoes vetoes = new Vetoes();
			pass.analyse(row.text(), 0, new ArrayList<>(), vetoes);
			if (vetoes.criticalSign == null || !(row.labels()[crisis] || isBenign)) {
				continue;
			}
			org.hearth.screening.ScreeningRequest request = org.hearth.screening.ScreeningRequest.of(row.text(),
					row.role());
			if (engine.screen(request).categories().contains(Category.CRISIS)) {
				continue;
			}
			boolean allowed = engine.screen(request, p[i], open)
				.findings()
				.stream()
				.anyMatch(f -> f.category() == Category.CRISIS && f.tier() == org.hearth.screening.Finding.Tier.MODEL);
			if (allowed) {
				(row.labels()[crisis] ? positives : benign).add(p[i]);
			}
		}
		double best = Double.NaN;
		int bestTp = 0;
		int bestFp = 0;
		for (int step = (int) Math.round(crisisThreshold * 100) - 1; step >= 50; step--) {
			double t = step / 100.0;
			int tp = (int) positives.stream().filter(s -> s[crisis] >= t && s[crisis] < crisisThreshold).count();
			int fp = (int) benign.stream().filter(s -> s[crisis] >= t && s[crisis] < crisisThreshold).count();
			if (tp > 0 && (double) tp / (tp + fp) >= MIN_PRECISION_WRITTEN && fp <= SIGN_BENIGN_BUDGET * benignRows) {
				best = t;
				bestTp = tp;
				bestFp = fp;
			}
		}
		String note = String.format(Locale.ROOT,
				"written out-of-fold rows with a critical sign the rules did not read as a crisis: %d crises, %d benign; "
						+ "under the crisis threshold the lower one adds %d crises and %d benign rows (of %d)",
				positives.size(), benign.size(), bestTp, bestFp, benignRows);
		notes.put("CRISIS-with-sign",
				Double.isNaN(best) ? "none: " + note : String.format(Locale.ROOT, "at %.2f ", best) + note);
		System.out.println("CRISIS with a critical sign " + notes.get("CRISIS-with-sign"));
		return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
	}

	private static void budgetNote(Map<String, String> notes, int benign, int byRulesAlone, double rate) {
		notes.put("benign",
				String.format(Locale.ROOT,
						"written out-of-fold n=%d false-positive-rate rules=%.3f added by the model=%.3f", benign,
						benign == 0 ? 0.0 : (double) byRulesAlone / benign, rate));
	}

	/**
	 * The written positives one category's model findings add at threshold {@code t}, and
	 * the benign written rows they flag.
	 */
	private static int[] budgetCounts(List<Row> fit, float[][] p, List<Integer> written, boolean[][] ruled,
			boolean[][] allowed, int c, double t) {
		int positives = 0;
		int benign = 0;
		for (int k = 0; k < written.size(); k++) {
			int i = written.get(k);
			if (ruled[k][c] || !allowed[k][c] || p[i][c] < t) {
				continue;
			}
			if (fit.get(i).labels()[c]) {
				positives++;
			}
			else if (!any(fit.get(i).labels())) {
				benign++;
			}
		}
		return new int[] { positives, benign };
	}

	/**
	 * True positives, false positives and false negatives of one category over the
	 * written rows when the cascade uses threshold {@code t} for it, then the true and
	 * false positives the model adds to the rules'.
	 */
	private static int[] cascadeCounts(List<Row> fit, float[][] p, List<Integer> written, boolean[][] ruled,
			boolean[][] allowed, int c, double t) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int addedTp = 0;
		int addedFp = 0;
		for (int k = 0; k < written.size(); k++) {
			int i = written.get(k);
			boolean gold = fit.get(i).labels()[c];
			boolean added = !ruled[k][c] && allowed[k][c] && p[i][c] >= t;
			boolean said = ruled[k][c] || added;
			tp += gold && said ? 1 : 0;
			fp += !gold && said ? 1 : 0;
			fn += gold && !said ? 1 : 0;
			addedTp += gold && added ? 1 : 0;
			addedFp += !gold && added ? 1 : 0;
		}
		return new int[] { tp, fp, fn, addedTp, addedFp };
	}

	private static double[] prf(int tp, int fp, int fn, double beta) {
		double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		double b2 = beta * beta;
		double fb = precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
		return new double[] { precision, recall, f1, fb };
	}

	/** What the fitted heads depend on: every row read, the settings and the seed. */
	/**
	 * The weight of each category's positives in the loss, for the network and the word
	 * model alike: the square root of negatives over positives (rows weighted by source),
	 * capped at 30; 1 for a category with no positive.
	 */
	static double[] positiveWeights(List<Row> rows) {
		double[] positives = new double[CATEGORIES.length];
		double total = 0;
		for (Row r : rows) {
			double w = SOURCE_WEIGHT.getOrDefault(r.source(), 1.0);
			total += w;
			for (int c = 0; c < CATEGORIES.length; c++) {
				positives[c] += r.labels()[c] ? w : 0;
			}
		}
		double[] weights = new double[CATEGORIES.length];
		for (int c = 0; c < CATEGORIES.length; c++) {
			weights[c] = positives[c] == 0 ? 1 : Math.min(30, Math.sqrt((total - positives[c]) / positives[c]));
		}
		return weights;
	}

	/** Shuffles in place (Fisher–Yates), so a seed fixes the order. */
	static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
	}

	/**
	 * The network's probabilities blended with the word model's log-odds, as the head
	 * does.
	 */
	static float[] blend(float[] net, double[] words) {
		float[] out = new float[net.length];
		for (int c = 0; c < net.length; c++) {
			out[c] = LexicalModel.blend(net[c], words[c], WORD_WEIGHT);
		}
		return out;
	}

	private static String fingerprint(List<Row> fit, int hidden) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Row r : fit) {
				digest.update((r.id() + "\t" + r.source() + "\t" + r.role() + "\t" + r.text() + "\t"
						+ java.util.Arrays.toString(r.labels()) + "\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			digest.update((ENCODER.fileName() + " " + (ENSEMBLE == 1 ? "" : ENSEMBLE + "x") + hidden + " " + EPOCHS
					+ " " + FOLDS + " by round " + java.util.Arrays.toString(ROUND_ENDS) + " " + SEED + " "
					+ new java.util.TreeMap<>(SOURCE_WEIGHT))
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void writeFitted(Path file, float[][] p, Network net) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (DataOutputStream out = new DataOutputStream(
				new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
			for (float[] row : p) {
				for (float f : row) {
					out.writeFloat(f);
				}
			}
			for (float[] params : new float[][] { net.w1, net.b1, net.w2, net.b2 }) {
				for (float f : params) {
					out.writeFloat(f);
				}
			}
		}
	}

	private static void readFitted(Path file, float[][] p, Network net) throws IOException {
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
			for (int i = 0; i < p.length; i++) {
				p[i] = new float[CATEGORIES.length];
				for (int c = 0; c < CATEGORIES.length; c++) {
					p[i][c] = in.readFloat();
				}
			}
			for (float[] params : new float[][] { net.w1, net.b1, net.w2, net.b2 }) {
				for (int i = 0; i < params.length; i++) {
					params[i] = in.readFloat();
				}
			}
		}
	}

	private static boolean any(boolean[] labels) {
		for (boolean b : labels) {
			if (b) {
				return true;
			}
		}
		return false;
	}

	/** Precision, recall, F1 and F-beta of one category at one threshold. */
	static double[] prf(List<Row> rows, float[][] p, int c, double t, double beta) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (int i = 0; i < rows.size(); i++) {
			boolean gold = rows.get(i).labels()[c];
			boolean said = p[i][c] >= t;
			tp += gold && said ? 1 : 0;
			fp += !gold && said ? 1 : 0;
			fn += gold && !said ? 1 : 0;
		}
		double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		double b2 = beta * beta;
		double fb = precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
		return new double[] { precision, recall, f1, fb };
	}

	static List<Row> read(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			boolean[] labels = new boolean[CATEGORIES.length];
			for (JsonNode label : node.get("labels")) {
				labels[Category.valueOf(label.asString()).ordinal()] = true;
			}
			String id = node.get("id").asString();
			String source = node.has("source") ? node.get("source").asString() : "written";
			rows.add(new Row(id, source, AuthorRole.parse(node.get("author_role").asString()).orElseThrow(),
					node.get("text").asString(), labels, TrainingSplit.part(id)));
		}
		return rows;
	}

	private static float[][] inputs(List<Row> rows, Map<String, float[]> cache) {
		float[][] x = new float[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			float[] e = cache.get(rows.get(i).text());
			float[] v = new float[IN];
			System.arraycopy(e, 0, v, 0, SentenceEncoder.DIMENSIONS);
			v[SentenceEncoder.DIMENSIONS] = rows.get(i).role() == AuthorRole.VOLUNTEER ? 1 : 0;
			x[i] = v;
		}
		return x;
	}

	/**
	 * Each text's embedding (its first window: the head is trained on what a short
	 * message looks like), cached in {@code target/screening-embeddings.bin}.
	 */
	private static Map<String, float[]> embed(List<Row> rows) throws IOException {
		Path cacheFile = Path.of("target", ENCODER == SentenceEncoder.Model.MINILM_L6 ? "screening-embeddings.bin"
				: "screening-embeddings-" + ENCODER.fileName() + ".bin");
		Map<String, float[]> byHash = new HashMap<>();
		if (Files.exists(cacheFile)) {
			try (DataInputStream in = new DataInputStream(
					new java.io.BufferedInputStream(Files.newInputStream(cacheFile)))) {
				int n = in.readInt();
				for (int i = 0; i < n; i++) {
					String key = in.readUTF();
					float[] v = new float[SentenceEncoder.DIMENSIONS];
					for (int d = 0; d < v.length; d++) {
						v[d] = in.readFloat();
					}
					byHash.put(key, v);
				}
			}
		}
		List<String> missing = rows.stream()
			.map(Row::text)
			.distinct()
			.filter(t -> !byHash.containsKey(hash(t)))
			.toList();
		System.out.printf("embedding %d texts (%d cached)%n", missing.size(), byHash.size());
		SentenceEncoder encoder = SentenceEncoder.shipped(ENCODER);
		long start = System.nanoTime();
		// One text at a time on every core: each window runs on its own (see
		// SentenceEncoder), so the order of the work changes no embedding.
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		Map<String, float[]> computed = new java.util.concurrent.ConcurrentHashMap<>();
		missing.parallelStream().forEach(text -> {
			computed.put(hash(text), encoder.embed(List.of(text), 1).vectors()[0]);
			if (done.incrementAndGet() % 1000 == 0) {
				System.out.printf("  %d/%d, %.0f s%n", done.get(), missing.size(), (System.nanoTime() - start) / 1e9);
			}
		});
		byHash.putAll(computed);
		if (!missing.isEmpty()) {
			Files.createDirectories(cacheFile.getParent());
			try (DataOutputStream out = new DataOutputStream(
					new java.io.BufferedOutputStream(Files.newOutputStream(cacheFile)))) {
				out.writeInt(byHash.size());
				for (Map.Entry<String, float[]> entry : byHash.entrySet()) {
					out.writeUTF(entry.getKey());
					for (float f : entry.getValue()) {
						out.writeFloat(f);
					}
				}
			}
		}
		Map<String, float[]> byText = new HashMap<>();
		for (Row r : rows) {
			byText.put(r.text(), byHash.get(hash(r.text())));
		}
		return byText;
	}

	private static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * {@link #ENSEMBLE} networks fitted from seeds {@code seed}, {@code seed + 1000}, …
	 * (on both cores), merged into one whose outputs average their logits; a single
	 * network when the ensemble is one.
	 */
	static Network fitEnsemble(int hidden, long seed, float[][] x, List<Row> rows) {
		List<Network> nets = java.util.stream.IntStream.range(0, ENSEMBLE).parallel().mapToObj(k -> {
			Network n = new Network(hidden, new Random(seed + 1000L * k));
			n.fit(x, rows, EPOCHS);
			return n;
		}).toList();
		if (nets.size() == 1) {
			return nets.get(0);
		}
		Network merged = new Network(hidden * nets.size(), new Random(seed));
		int width = hidden;
		for (int k = 0; k < nets.size(); k++) {
			Network n = nets.get(k);
			System.arraycopy(n.w1, 0, merged.w1, k * width * IN, width * IN);
			System.arraycopy(n.b1, 0, merged.b1, k * width, width);
			for (int c = 0; c < CATEGORIES.length; c++) {
				for (int j = 0; j < width; j++) {
					merged.w2[c * merged.width + k * width + j] = n.w2[c * width + j] / nets.size();
				}
			}
		}
		for (int c = 0; c < CATEGORIES.length; c++) {
			float b = 0;
			for (Network n : nets) {
				b += n.b2[c] / nets.size();
			}
			merged.b2[c] = b;
		}
		return merged;
	}

	/**
	 * A one-hidden-layer network with logistic outputs, trained with Adam on weighted
	 * binary cross-entropy (each category's positives weighted up to balance it, capped
	 * at 30), with L2 decay and dropout on the hidden layer.
	 */
	static final class Network {

		final int hidden;

		final int width;

		final float[] w1;

		final float[] b1;

		final float[] w2;

		final float[] b2;

		final Random random;

		final double[] posWeight = new double[CATEGORIES.length];

		Network(int hidden, Random random) {
			this.hidden = hidden;
			this.width = hidden == 0 ? IN : hidden;
			this.random = random;
			w1 = new float[hidden * IN];
			b1 = new float[hidden];
			w2 = new float[CATEGORIES.length * width];
			b2 = new float[CATEGORIES.length];
			double s1 = Math.sqrt(2.0 / IN);
			for (int i = 0; i < w1.length; i++) {
				w1[i] = (float) (random.nextGaussian() * s1);
			}
			double s2 = Math.sqrt(1.0 / width);
			for (int i = 0; i < w2.length; i++) {
				w2[i] = (float) (random.nextGaussian() * s2);
			}
		}

		/** Outputs for one input; fills {@code h} (the hidden layer) when given. */
		float[] forward(float[] x, float[] h) {
			float[] a = x;
			if (hidden > 0) {
				a = h == null ? new float[hidden] : h;
				for (int j = 0; j < hidden; j++) {
					float s = b1[j];
					int row = j * IN;
					for (int i = 0; i < IN; i++) {
						s += w1[row + i] * x[i];
					}
					a[j] = s > 0 ? s : 0;
				}
			}
			float[] out = new float[CATEGORIES.length];
			for (int c = 0; c < out.length; c++) {
				float s = b2[c];
				int row = c * width;
				for (int j = 0; j < width; j++) {
					s += w2[row + j] * a[j];
				}
				out[c] = (float) (1.0 / (1.0 + Math.exp(-s)));
			}
			return out;
		}

		void fit(float[][] x, List<Row> rows, int epochs) {
			System.arraycopy(positiveWeights(rows), 0, posWeight, 0, posWeight.length);
			Adam adam = new Adam(w1.length + b1.length + w2.length + b2.length);
			int[] order = new int[x.length];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			int batch = 64;
			double decay = 1e-4;
			double dropout = hidden > 0 ? 0.2 : 0;
			float[] g = new float[adam.m.length];
			float[] h = new float[Math.max(1, hidden)];
			float[] dh = new float[Math.max(1, hidden)];
			for (int epoch = 0; epoch < epochs; epoch++) {
				shuffle(order, random);
				double loss = 0;
				for (int from = 0; from < order.length; from += batch) {
					java.util.Arrays.fill(g, 0f);
					int to = Math.min(order.length, from + batch);
					for (int k = from; k < to; k++) {
						int n = order[k];
						Row row = rows.get(n);
						double weight = SOURCE_WEIGHT.getOrDefault(row.source(), 1.0);
						float[] xi = x[n];
						float[] a = xi;
						if (hidden > 0) {
							forward(xi, h);
							for (int j = 0; j < hidden; j++) {
								h[j] = random.nextDouble() < dropout ? 0 : (float) (h[j] / (1 - dropout));
							}
							a = h;
						}
						java.util.Arrays.fill(dh, 0f);
						for (int c = 0; c < CATEGORIES.length; c++) {
							float s = b2[c];
							int row2 = c * width;
							for (int j = 0; j < width; j++) {
								s += w2[row2 + j] * a[j];
							}
							double p = 1.0 / (1.0 + Math.exp(-s));
							boolean y = row.labels()[c];
							double w = weight * (y ? posWeight[c] : 1);
							loss += -w * (y ? Math.log(Math.max(p, 1e-7)) : Math.log(Math.max(1 - p, 1e-7)));
							float d = (float) (w * (p - (y ? 1 : 0)));
							int o2 = w1.length + b1.length;
							for (int j = 0; j < width; j++) {
								g[o2 + row2 + j] += d * a[j];
								if (hidden > 0) {
									dh[j] += d * w2[row2 + j];
								}
							}
							g[o2 + w2.length + c] += d;
						}
						if (hidden > 0) {
							for (int j = 0; j < hidden; j++) {
								if (h[j] <= 0) {
									continue;
								}
								float d = (float) (dh[j] / (1 - dropout));
								int row1 = j * IN;
								for (int i = 0; i < IN; i++) {
									g[row1 + i] += d * xi[i];
								}
								g[w1.length + j] += d;
							}
						}
					}
					float scale = 1f / (to - from);
					for (int i = 0; i < g.length; i++) {
						g[i] *= scale;
					}
					for (int i = 0; i < w1.length; i++) {
						g[i] += (float) (decay * w1[i]);
					}
					for (int i = 0; i < w2.length; i++) {
						g[w1.length + b1.length + i] += (float) (decay * w2[i]);
					}
					adam.step(g, this);
				}
				System.out.printf("  epoch %d loss %.4f%n", epoch + 1, loss / order.length);
			}
		}

		/**
		 * This network with every threshold at zero, so the cascade reports each category
		 * the rules' context allows, whatever its score.
		 */
		CategoryHead toOpenHead() {
			Map<Category, Double> zero = new EnumMap<>(Category.class);
			for (Category c : CATEGORIES) {
				zero.put(c, 0.0);
			}
			return toHead(zero, Map.of());
		}

		CategoryHead toHead(Map<Category, Double> thresholds, Map<String, String> notes) {
			return toHead(thresholds, OptionalDouble.empty(), notes);
		}

		CategoryHead toHead(Map<Category, Double> thresholds, OptionalDouble crisisWithSign,
				Map<String, String> notes) {
			return toHead(thresholds, crisisWithSign, notes, null);
		}

		CategoryHead toHead(Map<Category, Double> thresholds, OptionalDouble crisisWithSign, Map<String, String> notes,
				LexicalModel words) {
			return new CategoryHead(ENCODER, IN, hidden, w1, b1, w2, b2, thresholds, crisisWithSign, notes, words);
		}

	}

	/** Adam over all the network's parameters in one flat vector. */
	/**
	 * Fits the word model: logistic regression a category over hashed word and word-pair
	 * features (each message's features scaled to length 1), by AdaGrad over the rows in
	 * a shuffled order (fixed seed), with the network's weighting (rows by source,
	 * positives up to 30 times) and a little L2 decay; then quantised to 8 bits.
	 */
	static final class WordTrainer {

		static final int EPOCHS = 8;

		static final double RATE = 0.2;

		static final double DECAY = 1e-5;

		private WordTrainer() {
		}

		static LexicalModel fit(List<Row> rows, int[][] features, List<Integer> in) {
			int size = 1 << WORD_BITS;
			float[][] w = new float[CATEGORIES.length][size];
			float[][] g2 = new float[CATEGORIES.length][size];
			double[] bias = new double[CATEGORIES.length];
			double[] biasG2 = new double[CATEGORIES.length];
			double[] posWeight = positiveWeights(in.stream().map(rows::get).toList());
			Random random = new Random(SEED);
			int[] order = in.stream().mapToInt(Integer::intValue).toArray();
			for (int epoch = 0; epoch < EPOCHS; epoch++) {
				shuffle(order, random);
				for (int n : order) {
					Row row = rows.get(n);
					double sw = SOURCE_WEIGHT.getOrDefault(row.source(), 1.0);
					int[] x = features[n];
					double norm = x.length == 0 ? 0 : 1 / Math.sqrt(x.length);
					for (int c = 0; c < CATEGORIES.length; c++) {
						double s = bias[c];
						for (int j : x) {
							s += w[c][j] * norm;
						}
						double p = 1 / (1 + Math.exp(-s));
						boolean y = row.labels()[c];
						double d = sw * (y ? posWeight[c] : 1) * (p - (y ? 1 : 0));
						for (int j : x) {
							double g = d * norm + DECAY * w[c][j];
							g2[c][j] += (float) (g * g);
							w[c][j] -= (float) (RATE * g / Math.sqrt(g2[c][j] + 1e-8));
						}
						biasG2[c] += d * d;
						bias[c] -= RATE * d / Math.sqrt(biasG2[c] + 1e-8);
					}
				}
			}
			float[] b = new float[CATEGORIES.length];
			for (int c = 0; c < b.length; c++) {
				b[c] = (float) bias[c];
			}
			return LexicalModel.quantised(WORD_BITS, WORD_WEIGHT, b, w);
		}

	}

	static final class Adam {

		final float[] m;

		final float[] v;

		int t;

		Adam(int size) {
			m = new float[size];
			v = new float[size];
		}

		void step(float[] g, Network net) {
			t++;
			double lr = 1e-3;
			double b1 = 0.9;
			double b2 = 0.999;
			double c1 = 1 - Math.pow(b1, t);
			double c2 = 1 - Math.pow(b2, t);
			float[][] params = { net.w1, net.b1, net.w2, net.b2 };
			int k = 0;
			for (float[] p : params) {
				for (int i = 0; i < p.length; i++, k++) {
					m[k] = (float) (b1 * m[k] + (1 - b1) * g[k]);
					v[k] = (float) (b2 * v[k] + (1 - b2) * g[k] * g[k]);
					p[i] -= (float) (lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + 1e-8));
				}
			}
		}

	}

}
