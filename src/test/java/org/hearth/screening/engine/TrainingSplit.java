package org.hearth.screening.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which part of the training data a row belongs to, from its id alone, so the split is
 * the same on every machine and in every run: 70 % training, 15 % validation (where the
 * learned tier's thresholds are chosen), 15 % test (never read by the trainer; for
 * reporting). The id is hashed with SHA-256 after a fixed salt.
 */
public final class TrainingSplit {

	/** Changing it re-deals every row; it is part of the split's definition. */
	static final String SALT = "hearth-screening-split-2026-12";

	/** The three parts. */
	public enum Part {

		TRAIN, VALIDATION, TEST

	}

	private TrainingSplit() {
	}

	/** The part a row with this id belongs to. */
	public static Part part(String id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((SALT + ":" + id).getBytes(StandardCharsets.UTF_8));
			int bucket = Math.floorMod(((digest[0] & 0xff) << 8) | (digest[1] & 0xff), 100);
			return bucket < 70 ? Part.TRAIN : bucket < 85 ? Part.VALIDATION : Part.TEST;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
