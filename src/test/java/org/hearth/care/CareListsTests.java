package org.hearth.care;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.StatementCounter;
import org.hearth.care.Escalation.Trigger;
import org.hearth.care.Escalations.NewEscalation;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.Severity;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalations list and the list of volunteers in distress cost the same statements
 * however many lines they show: members and names are read with the lines, not once a
 * line.
 */
@HearthTest
class CareListsTests {

	@Autowired
	Escalations escalations;

	@Autowired
	VolunteersInDistress distress;

	@Autowired
	Accounts accounts;

	@Test
	void listsEscalationsWithAsManyStatementsForFourAsForOne() {
		open();
		int one = StatementCounter.statementsOf(escalations::recent);
		for (int i = 0; i < 3; i++) {
			open();
		}
		int four = StatementCounter.statementsOf(escalations::recent);

		assertThat(four).isEqualTo(one).isPositive();
		assertThat(escalations.recent()).anySatisfy(line -> assertThat(line.member()).startsWith("discord:lists-"));
	}

	@Test
	void listsVolunteersInDistressWithAsManyStatementsForFourAsForOne() {
		HearthUser first = raise();
		int one = StatementCounter.statementsOf(distress::recent);
		for (int i = 0; i < 3; i++) {
			raise();
		}
		int four = StatementCounter.statementsOf(distress::recent);

		assertThat(four).isEqualTo(one).isPositive();
		assertThat(distress.waiting()).anySatisfy(alert -> {
			assertThat(alert.volunteer()).isEqualTo(first.id());
			assertThat(alert.volunteerName()).isEqualTo(first.displayName());
		});
	}

	private void open() {
		String handle = "lists-" + UUID.randomUUID().toString().substring(0, 8);
		escalations.open(
				new NewEscalation(Trigger.SCREENING, "screening:" + UUID.randomUUID(), Member.parse("discord", handle),
						null, "Screening noticed a crisis in a message.", "i can't go on anymore", Severity.HIGH));
	}

	private HearthUser raise() {
		HearthUser volunteer = PeopleFixture.create(accounts, Role.VOLUNTEER);
		distress.raise(volunteer.id(), DistressAlert.Reason.NOT_SAFE_ON_DEBRIEF, "debrief:" + UUID.randomUUID());
		return volunteer;
	}

}
