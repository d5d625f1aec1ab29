package org.hearth.conduct;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackTests {

	final Instant now = Instant.parse("2026-11-25T10:00:00Z");

	final PersonId volunteer = new PersonId(UUID.randomUUID());

	final Feedback feedback = Feedback.send(volunteer, new PersonId(UUID.randomUUID()), "Mika",
			"Your replies are warm; try asking one more open question.", null, now);

	@Test
	void isAcknowledgedAndAnsweredOnceByItsVolunteer() {
		feedback.answer(volunteer, "Thanks, I'll try that.", now);

		assertThat(feedback.acknowledgedAt()).isEqualTo(now);
		assertThat(feedback.answer()).isEqualTo("Thanks, I'll try that.");
		assertThatThrownBy(() -> feedback.answer(volunteer, "Again", now)).isInstanceOf(RequestRefused.class);
	}

	@Test
	void refusesAcknowledgementBySomeoneElse() {
		assertThatThrownBy(() -> feedback.acknowledge(new PersonId(UUID.randomUUID()), now))
			.isInstanceOf(RequestRefused.class);
		assertThat(feedback.acknowledgedAt()).isNull();
	}

	@Test
	void markingADebriefHeldTwiceIsRefused() {
		DebriefRequest debrief = DebriefRequest.request(volunteer, null, ReportCategory.CONFLICT, "A hard chat", now);
		debrief.markHeld(volunteer, now);

		assertThat(debrief.status()).isEqualTo(DebriefRequest.Status.HELD);
		assertThatThrownBy(() -> debrief.markHeld(volunteer, now)).isInstanceOf(RequestRefused.class);
	}

}
