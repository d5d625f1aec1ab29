package org.hearth.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void readsATypedTimeAsTheInstantItNamesInItsZone() {
		assertThat(ViewerZone.instantOf(LocalDateTime.parse("2027-07-01T10:00"), ZoneId.of("Europe/Berlin"), "at"))
			.isEqualTo(Instant.parse("2027-07-01T08:00:00Z"));
	}

	@Test
	void refusesATimeTheClocksSkipOrPassTwiceBesideItsField() {
		ZoneId newYork = ZoneId.of("America/New_York");

		assertThatThrownBy(() -> ViewerZone.instantOf(LocalDateTime.parse("2027-03-14T02:30"), newYork, "startsAt"))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("There is no 02:30 on 14 March 2027 in America/New_York")
			.extracting("field")
			.isEqualTo("startsAt");
		assertThatThrownBy(() -> ViewerZone.instantOf(LocalDateTime.parse("2027-11-07T01:30"), newYork, "endsAt"))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("happens twice")
			.extracting("field")
			.isEqualTo("endsAt");
	}

}
