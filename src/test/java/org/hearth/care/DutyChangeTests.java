package org.hearth.care;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DutyChangeTests {

	static final Instant NOW = Instant.parse("2027-01-05T12:00:00Z");

	@Test
	void refusesAChangeThatIsAlreadyOverWithWhatToDo() {
		var backdated = change(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)));

		assertThatThrownBy(() -> backdated.mayBeAddedAt(NOW)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("would already be over")
			.hasMessageContaining("Choose an end that is still to come")
			.extracting(ex -> ((RequestRefused) ex).part())
			.isEqualTo(DutyChange.Part.END);
	}

	@Test
	void refusesAChangeLongerThanThirtyOneDaysAndSaysHowLongItIs() {
		var endless = change(NOW, NOW.plus(Duration.ofDays(3650)));
		var startedLongAgo = change(NOW.minus(Duration.ofDays(60)), NOW.plus(Duration.ofHours(1)));

		assertThatThrownBy(() -> endless.mayBeAddedAt(NOW)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("at most 31 days, and this one lasts 3650 days")
			.hasMessageContaining("change your weekly hours instead");
		assertThatThrownBy(() -> startedLongAgo.mayBeAddedAt(NOW)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("this one lasts more than 60 days");
	}

	@Test
	void acceptsAChangeUnderWayOrToComeOfUpToThirtyOneDays() {
		change(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2))).mayBeAddedAt(NOW);
		change(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(41))).mayBeAddedAt(NOW);

		assertThat(DutyChange.LONGEST).isEqualTo(Duration.ofDays(31));
	}

	private static DutyChange change(Instant from, Instant until) {
		return new DutyChange(UUID.randomUUID(), new PersonId(UUID.randomUUID()), from, until, false, null);
	}

}
