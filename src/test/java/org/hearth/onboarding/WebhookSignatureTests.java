package org.hearth.onboarding;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	final WebhookSignature signature = new WebhookSignature("a-shared-secret-of-some-length");

	final String body = "{\"deliveryId\":\"d1\",\"reference\":\"R-1\",\"status\":\"clear\"}";

	@Test
	void acceptsAFreshDeliverySignedWithTheSharedSecret() {
		long at = NOW.getEpochSecond();

		assertThat(signature.refusal(String.valueOf(at), signature.sign(at, body), body, NOW)).isNull();
	}

	@Test
	void refusesADeliverySignedWithAnotherSecret() {
		long at = NOW.getEpochSecond();
		String forged = new WebhookSignature("another-secret-entirely!").sign(at, body);

		assertThat(signature.refusal(String.valueOf(at), forged, body, NOW)).isEqualTo("The signature does not match");
	}

	@Test
	void refusesATamperedBody() {
		long at = NOW.getEpochSecond();

		assertThat(
				signature.refusal(String.valueOf(at), signature.sign(at, body), body.replace("clear", "failed"), NOW))
			.isEqualTo("The signature does not match");
	}

	@Test
	void refusesAnOldDeliveryReplayedLater() {
		long at = NOW.minusSeconds(301).getEpochSecond();

		assertThat(signature.refusal(String.valueOf(at), signature.sign(at, body), body, NOW))
			.isEqualTo("The delivery is too old or from the future");
	}

	@Test
	void refusesAnUnsignedDelivery() {
		assertThat(signature.refusal(null, null, body, NOW)).isEqualTo("The delivery is not signed");
	}

}
