package org.hearth.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed to people once (API tokens, one-use links), and the hashes Hearth
 * keeps of them instead: a stolen database reveals no usable secret.
 */
public final class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/** A new secret of 256 random bits, URL-safe, after the prefix. */
	public static String newSecret(String prefix) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of a secret, in hex: what Hearth stores and looks secrets up by. */
	public static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
