package org.hearth.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.modulith.NamedInterface;

/**
 * Signs and verifies a background-check provider's deliveries with a shared secret: the
 * signature is {@code sha256=} and the hex HMAC-SHA256 of the timestamp, a dot and the
 * body, the timestamp in epoch seconds. A delivery older or newer than five minutes is
 * refused, so a captured one cannot be replayed later; the delivery id (refused when seen
 * before) covers the five minutes.
 */
@NamedInterface("web")
public final class WebhookSignature {

	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final byte[] secret;

	public WebhookSignature(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("A webhook secret has at least 16 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	public String sign(long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return "sha256="
					+ HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Why a delivery is refused, or null when it is genuine and fresh. */
	public String refusal(String timestampHeader, String signatureHeader, String body, Instant now) {
		if (timestampHeader == null || signatureHeader == null) {
			return "The delivery is not signed";
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(timestampHeader.strip());
		}
		catch (NumberFormatException ex) {
			return "The timestamp is not a number of seconds";
		}
		if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
			return "The delivery is too old or from the future";
		}
		byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.UTF_8))) {
			return "The signature does not match";
		}
		return null;
	}

}
