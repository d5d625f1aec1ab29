package org.hearth.notifications;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTests {

	@Test
	void keepsTheSubjectOnOneLineSoATypedTitleCannotAddAHeader() {
		Notification notification = new Notification(new PersonId(UUID.randomUUID()), Topic.RHYTHM, Urgency.ROUTINE,
				"Cancelled: Training “Evil\r\nBcc: everyone@example.org\n  END”", "The training is cancelled.", null);

		assertThat(notification.subject()).isEqualTo("Cancelled: Training “Evil Bcc: everyone@example.org END”")
			.doesNotContain("\r", "\n");
		assertThat(Notification.oneLine("one\u2028two\u0085three")).isEqualTo("one two three");
	}

}
