package org.hearth.people;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTests {

	private final Person person = Person.newPerson("  Noor@Example.org ", " Noor ", Role.VOLUNTEER, Instant.now());

	@Test
	void keepsEmailInLowerCaseAndNameTrimmed() {
		assertThat(person.email()).isEqualTo("noor@example.org");
		assertThat(person.displayName()).isEqualTo("Noor");
	}

	@Test
	void refusesLeadRoleWithoutLeadType() {
		assertThatThrownBy(() -> person.changeRole(Role.LEAD, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("kind of lead");
	}

	@Test
	void keepsLeadTypeOnlyForLeads() {
		person.changeRole(Role.LEAD, LeadType.SWAT_FACILITATOR);
		assertThat(person.leadType()).isEqualTo(LeadType.SWAT_FACILITATOR);

		person.changeRole(Role.STAFF, LeadType.SWAT_FACILITATOR);
		assertThat(person.leadType()).isNull();
	}

	@Test
	void cannotBeRestoredAfterPermanentRemoval() {
		person.suspend();
		assertThat(person.access()).isEqualTo(Access.SUSPENDED);
		person.restore();
		assertThat(person.access()).isEqualTo(Access.ACTIVE);

		person.removePermanently();
		person.suspend();
		assertThat(person.access()).isEqualTo(Access.REMOVED);
		assertThatThrownBy(person::restore).isInstanceOf(AccountException.class).hasMessageContaining("permanently");
	}

	@Test
	void isLockedOutUnlessActive() {
		person.suspend();
		assertThat(HearthUser.of(person).isAccountNonLocked()).isFalse();
	}

}
