package org.hearth.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestRefusedTests {

	enum Asked implements RequestRefused.Part {

		DAY, REASON

	}

	@Test
	void showsARefusedPartBesideTheFieldTheWebLayerNamesForIt() {
		assertThatThrownBy(() -> RequestRefused.showing(Map.of(Asked.DAY, "until"), () -> {
			throw new RequestRefused(Asked.DAY, "Choose a day after today.");
		})).isInstanceOfSatisfying(RequestRefused.class, ex -> {
			assertThat(ex.field()).isEqualTo("until");
			assertThat(ex.part()).isEqualTo(Asked.DAY);
			assertThat(ex.getMessage()).isEqualTo("Choose a day after today.");
		});
	}

	@Test
	void leavesARefusalOfAPartNotNamedAndOneThatNamesItsFieldAsTheyAre() {
		RequestRefused unnamed = new RequestRefused(Asked.REASON, "Say why.");
		RequestRefused field = new RequestRefused("lead", "Choose a lead.");

		assertThatThrownBy(() -> RequestRefused.showing(Map.of(Asked.DAY, "until"), () -> {
			throw unnamed;
		})).isSameAs(unnamed);
		assertThatThrownBy(() -> RequestRefused.showing(Map.of(Asked.DAY, "until"), () -> {
			throw field;
		})).isSameAs(field);
		assertThat(unnamed.field()).isNull();
	}

	@Test
	void returnsWhatTheCallReturnsWhenNothingIsRefused() {
		assertThat(RequestRefused.showing(Map.of(Asked.DAY, "until"), () -> "paused")).isEqualTo("paused");
	}

}
