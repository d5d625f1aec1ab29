package org.hearth.screening.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;

/**
 * The learned tier's classification head: a small neural network over a sentence
 * embedding and the author's role, with one output a category (a probability, each
 * independent of the others), and a threshold a category above which the tier reports it.
 * Read from {@code screening/model/head.txt}, which the head trainer writes; a category
 * with no threshold there is never reported by this tier. Immutable and thread-safe.
 *
 * <p>
 * The network: inputs are the 384 embedding values and 1 for a volunteer author (0 for a
 * member); one hidden layer of rectified linear units (or none, for a linear head); a
 * logistic output a category.
 */
public final class CategoryHead {

	static final String RESOURCE = "/screening/model/head.txt";

	private static final Category[] CATEGORIES = Category.values();

	private static volatile CategoryHead shipped;

	private final SentenceEncoder.Model encoder;

	private final int inputs;

	private final int hidden;

	/** hidden x inputs, row-major; empty for a linear head. */
	private final float[] w1;

	private final float[] b1;

	/** categories x (hidden, or inputs for a linear head), row-major. */
	private final float[] w2;

	private final float[] b2;

	private final Map<Category, Double> thresholds;

	private final OptionalDouble crisisWithSign;

	private final Map<String, String> notes;

	/** The word model blended with the network, or null. */
	private final LexicalModel lexical;

	/** A head over the MiniLM model's embeddings with these weights. */
	public CategoryHead(int inputs, int hidden, float[] w1, float[] b1, float[] w2, float[] b2,
			Map<Category, Double> thresholds, Map<String, String> notes) {
		this(SentenceEncoder.Model.MINILM_L6, inputs, hidden, w1, b1, w2, b2, thresholds, OptionalDouble.empty(),
				notes);
	}

	/** A head over one sentence model's embeddings with these weights. */
	public CategoryHead(SentenceEncoder.Model encoder, int inputs, int hidden, float[] w1, float[] b1, float[] w2,
			float[] b2, Map<Category, Double> thresholds, OptionalDouble crisisWithSign, Map<String, String> notes) {
		this(encoder, inputs, hidden, w1, b1, w2, b2, thresholds, crisisWithSign, notes, null);
	}

	/**
	 * A head over one sentence model's embeddings with these weights, blended with a word
	 * model when {@code lexical} is given.
	 */
	CategoryHead(SentenceEncoder.Model encoder, int inputs, int hidden, float[] w1, float[] b1, float[] w2, float[] b2,
			Map<Category, Double> thresholds, OptionalDouble crisisWithSign, Map<String, String> notes,
			LexicalModel lexical) {
		this.lexical = lexical;
		this.encoder = Objects.requireNonNull(encoder);
		int width = hidden == 0 ? inputs : hidden;
		if (inputs != SentenceEncoder.DIMENSIONS + 1 || hidden < 0 || w1.length != hidden * inputs
				|| b1.length != hidden || w2.length != CATEGORIES.length * width || b2.length != CATEGORIES.length) {
			throw new IllegalArgumentException("The head's weights do not fit its shape");
		}
		this.inputs = inputs;
		this.hidden = hidden;
		this.w1 = w1.clone();
		this.b1 = b1.clone();
		this.w2 = w2.clone();
		this.b2 = b2.clone();
		this.thresholds = thresholds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(thresholds));
		if (crisisWithSign.isPresent() && (!thresholds.containsKey(Category.CRISIS)
				|| crisisWithSign.getAsDouble() > thresholds.get(Category.CRISIS))) {
			throw new IllegalArgumentException(
					"The crisis threshold beside a critical sign must not exceed the crisis threshold");
		}
		this.crisisWithSign = crisisWithSign;
		this.notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
	}

	/**
	 * The head shipped on the classpath, read once per JVM.
	 * @throws IllegalStateException when it is missing or malformed
	 */
	public static CategoryHead shipped() {
		CategoryHead head = shipped;
		if (head == null) {
			synchronized (CategoryHead.class) {
				head = shipped;
				if (head == null) {
					try (InputStream in = CategoryHead.class.getResourceAsStream(RESOURCE)) {
						if (in == null) {
							throw new IllegalStateException("The screening model's head is not on the classpath");
						}
						head = read(in);
					}
					catch (IOException e) {
						throw new IllegalStateException("The screening model's head could not be read", e);
					}
					shipped = head;
				}
			}
		}
		return head;
	}

	/**
	 * The threshold above which this tier reports a category; empty when it never does.
	 */
	public OptionalDouble threshold(Category category) {
		Double t = thresholds.get(category);
		return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
	}

	/**
	 * The lower crisis threshold that applies when the rules saw one of the taxonomy's
	 * critical signs (the means at hand, a time set, a goodbye) that was not negated,
	 * quoted, reported or asked about: such a sign finds nothing alone, and the model's
	 * reading of the message as a crisis needs less certainty beside it. Empty when the
	 * head has none; never above the crisis threshold.
	 */
	public OptionalDouble crisisThresholdWithSign() {
		return crisisWithSign;
	}

	/** The sentence model whose embeddings this head reads. */
	public SentenceEncoder.Model encoder() {
		return encoder;
	}

	/** The notes written with the weights (training data, seed, validation figures). */
	public Map<String, String> notes() {
		return notes;
	}

	/** The word model blended with the network, if the head has one. */
	java.util.Optional<LexicalModel> lexical() {
		return java.util.Optional.ofNullable(lexical);
	}

	/**
	 * The probability of each category (in {@link Category} order) for one embedding and
	 * the message's word features ({@link LexicalModel#features}; ignored when the head
	 * has no word model): the network's and the word model's log-odds, blended by the
	 * word model's weight.
	 */
	public float[] scores(float[] embedding, AuthorRole role, int[] lexicalFeatures) {
		float[] net = scores(embedding, role);
		if (lexical == null) {
			return net;
		}
		double[] words = lexical.logits(lexicalFeatures);
		for (int c = 0; c < net.length; c++) {
			net[c] = LexicalModel.blend(net[c], words[c], lexical.weight());
		}
		return net;
	}

	/**
	 * The network's probability of each category (in {@link Category} order) for one
	 * embedding, without the word model.
	 */
	public float[] scores(float[] embedding, AuthorRole role) {
		float[] x = new float[inputs];
		System.arraycopy(embedding, 0, x, 0, SentenceEncoder.DIMENSIONS);
		x[SentenceEncoder.DIMENSIONS] = role == AuthorRole.VOLUNTEER ? 1f : 0f;
		float[] h = x;
		if (hidden > 0) {
			h = new float[hidden];
			for (int j = 0; j < hidden; j++) {
				float s = b1[j];
				int row = j * inputs;
				for (int i = 0; i < inputs; i++) {
					s += w1[row + i] * x[i];
				}
				h[j] = s > 0 ? s : 0;
			}
		}
		float[] out = new float[CATEGORIES.length];
		int width = h.length;
		for (int c = 0; c < out.length; c++) {
			float s = b2[c];
			int row = c * width;
			for (int j = 0; j < width; j++) {
				s += w2[row + j] * h[j];
			}
			out[c] = (float) (1.0 / (1.0 + Math.exp(-s)));
		}
		return out;
	}

	/** Reads a head in the format {@link #write} writes. */
	public static CategoryHead read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		Map<Category, Double> thresholds = new EnumMap<>(Category.class);
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int space = line.indexOf(' ');
			if (space < 0) {
				throw new IOException("A line of the head has no value: " + line);
			}
			String key = line.substring(0, space);
			String value = line.substring(space + 1).trim();
			if (key.equals("threshold-with-sign")) {
				String[] parts = value.split(" ");
				if (!parts[0].equals(Category.CRISIS.name())) {
					throw new IOException("Only the crisis threshold may be lowered by a critical sign: " + line);
				}
				fields.put(key, parts[1]);
			}
			else if (key.equals("threshold")) {
				String[] parts = value.split(" ");
				thresholds.put(Category.valueOf(parts[0]), Double.parseDouble(parts[1]));
			}
			else if (key.equals("note")) {
				int eq = value.indexOf(' ');
				notes.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? "" : value.substring(eq + 1));
			}
			else {
				fields.put(key, value);
			}
		}
		if (!"hearth-category-head 1".equals(fields.get("format"))) {
			throw new IOException("Not a head file of a known format");
		}
		try {
			int inputs = Integer.parseInt(fields.get("inputs"));
			int hidden = Integer.parseInt(fields.get("hidden"));
			SentenceEncoder.Model encoder = SentenceEncoder.Model
				.named(fields.getOrDefault("encoder", SentenceEncoder.Model.MINILM_L6.fileName()));
			LexicalModel lexical = null;
			if (fields.containsKey("lexical")) {
				String[] shape = fields.get("lexical").split(" ");
				lexical = new LexicalModel(Integer.parseInt(shape[0]), Double.parseDouble(shape[1]),
						floats(fields.get("lexical-bias")), floats(fields.get("lexical-scale")),
						Base64.getDecoder().decode(fields.get("lexical-weights")));
			}
			return new CategoryHead(encoder, inputs, hidden, floats(fields.getOrDefault("w1", "")),
					floats(fields.getOrDefault("b1", "")), floats(fields.get("w2")), floats(fields.get("b2")),
					thresholds,
					fields.containsKey("threshold-with-sign")
							? OptionalDouble.of(Double.parseDouble(fields.get("threshold-with-sign")))
							: OptionalDouble.empty(),
					notes, lexical);
		}
		catch (RuntimeException e) {
			throw new IOException("The head file is malformed: " + e.getMessage(), e);
		}
	}

	/**
	 * Writes this head: a text file with the weights as little-endian floats in Base64.
	 */
	public void write(Writer out, List<String> comments) throws IOException {
		for (String comment : comments) {
			out.write("# " + comment + "\n");
		}
		out.write("format hearth-category-head 1\n");
		out.write("encoder " + encoder.fileName() + "\n");
		out.write("inputs " + inputs + "\n");
		out.write("hidden " + hidden + "\n");
		for (Category c : CATEGORIES) {
			Double t = thresholds.get(c);
			if (t != null) {
				out.write(String.format(Locale.ROOT, "threshold %s %.4f%n", c.name(), t));
			}
		}
		if (crisisWithSign.isPresent()) {
			out.write(String.format(Locale.ROOT, "threshold-with-sign %s %.4f%n", Category.CRISIS.name(),
					crisisWithSign.getAsDouble()));
		}
		for (Map.Entry<String, String> note : notes.entrySet()) {
			out.write("note " + note.getKey() + " " + note.getValue() + "\n");
		}
		out.write("w1 " + base64(w1) + "\n");
		out.write("b1 " + base64(b1) + "\n");
		out.write("w2 " + base64(w2) + "\n");
		out.write("b2 " + base64(b2) + "\n");
		if (lexical != null) {
			out.write(String.format(Locale.ROOT, "lexical %d %.4f%n", lexical.bits(), lexical.weight()));
			out.write("lexical-bias " + base64(lexical.bias()) + "\n");
			out.write("lexical-scale " + base64(lexical.scale()) + "\n");
			out.write("lexical-weights " + Base64.getEncoder().encodeToString(lexical.weights()) + "\n");
		}
	}

	private static String base64(float[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		for (float v : values) {
			buffer.putFloat(v);
		}
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	private static float[] floats(String base64) {
		if (base64 == null) {
			throw new IllegalArgumentException("missing weights");
		}
		ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
		float[] values = new float[buffer.remaining() / 4];
		for (int i = 0; i < values.length; i++) {
			values[i] = buffer.getFloat();
			if (!Float.isFinite(values[i])) {
				throw new IllegalArgumentException("a weight is not a finite number");
			}
		}
		return values;
	}

	@Override
	public String toString() {
		return "CategoryHead[encoder=" + encoder.fileName() + ", hidden=" + hidden
				+ (lexical == null ? "" : ", words=" + lexical.bits() + " bits at " + lexical.weight())
				+ ", thresholds=" + thresholds + "]";
	}

}
