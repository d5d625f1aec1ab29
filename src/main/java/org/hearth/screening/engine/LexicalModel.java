package org.hearth.screening.engine;

import java.util.Arrays;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;

/**
 * The learned tier's second reader: a logistic model a category over the words and word
 * pairs of a message as the rules read them (obfuscation undone, shorthand expanded:
 * "kms" reads as "kill myself"), hashed into {@code 2^bits} buckets. The sentence model
 * reads meaning and blurs words ("going to sleep" and "going to sleep forever" lie
 * close); this one reads words and misses paraphrase; the head blends their log-odds. Its
 * weights are stored in 8 bits a weight with a scale a category. Immutable and
 * thread-safe.
 */
final class LexicalModel {

	private static final Category[] CATEGORIES = Category.values();

	/** Characters read: the same bound as the sentence model's. */
	static final int MAX_CHARACTERS = SentenceEncoder.MAX_CHARACTERS;

	private final int bits;

	private final double weight;

	private final float[] bias;

	private final float[] scale;

	/** categories x 2^bits, row-major. */
	private final byte[] weights;

	/**
	 * A model over {@code 2^bits} buckets whose log-odds count {@code weight} in the
	 * head's blend (the sentence model's count {@code 1 - weight}).
	 */
	LexicalModel(int bits, double weight, float[] bias, float[] scale, byte[] weights) {
		if (bits < 8 || bits > 24 || !(weight >= 0 && weight <= 1) || bias.length != CATEGORIES.length
				|| scale.length != CATEGORIES.length || weights.length != CATEGORIES.length << bits) {
			throw new IllegalArgumentException("The lexical model's weights do not fit its shape");
		}
		for (int c = 0; c < CATEGORIES.length; c++) {
			if (!Float.isFinite(bias[c]) || !Float.isFinite(scale[c]) || scale[c] < 0) {
				throw new IllegalArgumentException("A lexical weight is not a finite number");
			}
		}
		this.bits = bits;
		this.weight = weight;
		this.bias = bias.clone();
		this.scale = scale.clone();
		this.weights = weights.clone();
	}

	/**
	 * Quantises float weights (categories x 2^bits) to 8 bits a weight, each category
	 * scaled by its largest weight.
	 */
	static LexicalModel quantised(int bits, double weight, float[] bias, float[][] floats) {
		int size = 1 << bits;
		float[] scale = new float[CATEGORIES.length];
		byte[] weights = new byte[CATEGORIES.length * size];
		for (int c = 0; c < CATEGORIES.length; c++) {
			float max = 0;
			for (int j = 0; j < size; j++) {
				max = Math.max(max, Math.abs(floats[c][j]));
			}
			scale[c] = max == 0 ? 0 : max / 127f;
			for (int j = 0; j < size; j++) {
				weights[c * size + j] = (byte) (scale[c] == 0 ? 0 : Math.round(floats[c][j] / scale[c]));
			}
		}
		return new LexicalModel(bits, weight, bias, scale, weights);
	}

	int bits() {
		return bits;
	}

	/** How much its log-odds count in the head's blend. */
	double weight() {
		return weight;
	}

	float[] bias() {
		return bias.clone();
	}

	float[] scale() {
		return scale.clone();
	}

	byte[] weights() {
		return weights.clone();
	}

	/**
	 * A network's probability and this model's log-odds for one category, blended in
	 * log-odds: {@code weight} for the words, the rest for the network.
	 */
	static float blend(float networkProbability, double wordLogit, double weight) {
		double p = Math.min(Math.max(networkProbability, 1e-7), 1 - 1e-7);
		double z = (1 - weight) * Math.log(p / (1 - p)) + weight * wordLogit;
		return (float) (1.0 / (1.0 + Math.exp(-z)));
	}

	/** The log-odds a category for a message's features ({@link #features}). */
	double[] logits(int[] features) {
		double[] out = new double[CATEGORIES.length];
		int size = 1 << bits;
		double norm = features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
		for (int c = 0; c < out.length; c++) {
			long sum = 0;
			int row = c * size;
			for (int f : features) {
				sum += weights[row + f];
			}
			out[c] = bias[c] + sum * (double) scale[c] * norm;
		}
		return out;
	}

	/**
	 * The distinct buckets of a message: each canonical token, each pair of neighbouring
	 * tokens (with the message's start and end), and the author's role.
	 */
	static int[] features(TextNormalizer normalizer, String text, AuthorRole role, int bits) {
		String read = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
		NormalizedText normalized = normalizer.normalize(read);
		int n = normalized.tokenCount();
		int[] buckets = new int[2 * n + 2];
		int k = 0;
		String previous = "<s>";
		for (int t = 0; t < n; t++) {
			String token = normalized.token(t);
			buckets[k++] = bucket("u " + token, bits);
			buckets[k++] = bucket("b " + previous + " " + token, bits);
			previous = token;
		}
		buckets[k++] = bucket("b " + previous + " </s>", bits);
		buckets[k++] = bucket(role == AuthorRole.VOLUNTEER ? "role volunteer" : "role member", bits);
		return Arrays.stream(buckets, 0, k).distinct().sorted().toArray();
	}

	/** A feature's bucket: its string hash, mixed, in the top {@code bits} bits. */
	static int bucket(String feature, int bits) {
		return (feature.hashCode() * 0x9E3779B9) >>> (32 - bits);
	}

}
