package org.hearth.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.Access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeliveryPolicyTests {

	@Test
	void followsThePersonsChoiceForRoutineNews() {
		for (Delivery chosen : Delivery.values()) {
			assertThat(DeliveryPolicy.decide(Urgency.ROUTINE, chosen, Access.ACTIVE)).isEqualTo(chosen);
		}
	}

	@Test
	void emailsUrgentNewsAtOnceWhateverThePersonChose() {
		for (Delivery chosen : Delivery.values()) {
			assertThat(DeliveryPolicy.decide(Urgency.URGENT, chosen, Access.ACTIVE)).isEqualTo(Delivery.EMAIL);
		}
	}

	@Test
	void emailsAtOnceSomeoneWhoCannotSignInToSeeTheList() {
		assertThat(DeliveryPolicy.decide(Urgency.ROUTINE, Delivery.IN_APP, Access.SUSPENDED)).isEqualTo(Delivery.EMAIL);
		assertThat(DeliveryPolicy.decide(Urgency.ROUTINE, Delivery.DIGEST, Access.SUSPENDED)).isEqualTo(Delivery.EMAIL);
	}

	@Test
	void waitsTwiceAsLongAfterEachFailureUpToTheLongestWait() {
		var settings = new NotificationSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(5),
				7);

		assertThat(settings.backoffAfter(1, false)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.backoffAfter(2, false)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backoffAfter(3, false)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.backoffAfter(5, false)).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.backoffAfter(500, false)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void triesUrgentMailAgainAfterTheFirstWaitEveryTime() {
		var settings = new NotificationSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), 7);

		assertThat(settings.backoffAfter(1, true)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.backoffAfter(8, true)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.backoffAfter(8, false)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void refusesADigestHourThatIsNoHour() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NotificationSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
					Duration.ofMinutes(5), 24))
			.withMessageContaining("digest-hour");
	}

	@Test
	void refusesALinkOutsideHearth() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notification(new org.hearth.people.PersonId(java.util.UUID.randomUUID()),
					Notification.Topic.CARE, Urgency.URGENT, "Alert", "Body", "https://elsewhere.example/x"))
			.withMessageContaining("path within Hearth");
	}

}
