package org.hearth.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTests {

	@Test
	void aSecretIs256RandomBitsUrlSafeAfterItsPrefix() {
		String one = Secrets.newSecret("hth_");
		String two = Secrets.newSecret("hth_");

		assertThat(one).startsWith("hth_").hasSize(4 + 43).matches("hth_[A-Za-z0-9_-]{43}");
		assertThat(one).isNotEqualTo(two);
	}

	@Test
	void keepsTheSha256OfASecretInHex() {
		assertThat(Secrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Secrets.hash("abc")).isNotEqualTo(Secrets.hash("abd"));
	}

}
