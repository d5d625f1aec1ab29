package org.hearth.shared;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerZoneTests {

	@Test
	void takesTheZoneTheBrowserNamed() {
		var request = new MockHttpServletRequest();
		request.setCookies(new jakarta.servlet.http.Cookie(ViewerZone.COOKIE, "Europe/Berlin"));

		assertThat(ViewerZone.of(request).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(ViewerZone.of(request).label()).isEqualTo("Europe/Berlin");
	}

	@Test
	void fallsBackToUtcWithoutTheCookie() {
		assertThat(ViewerZone.of(new MockHttpServletRequest())).isEqualTo(ViewerZone.UTC);
		assertThat(ViewerZone.UTC.label()).isEqualTo("UTC");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Mars/Olympus_Mons", "Europe/Berlin\u0000", "+05:00", "../../etc/passwd",
			"Europe/BerlinEurope/BerlinEurope/BerlinEurope/BerlinEurope/BerlinEurope/Berlin" })
	void readsAnythingElseAsUtcRatherThanFailingThePage(String id) {
		assertThat(ViewerZone.named(id).zone()).isEqualTo(ZoneOffset.UTC);
	}

}
