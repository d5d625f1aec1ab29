package org.hearth.volunteering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceEntryTests {

	static final LocalDate TODAY = EnrolmentTests.TODAY;

	final Enrolment enrolment = Enrolment.activate(EnrolmentTests.request(), EnrolmentTests.LEAD, TODAY.minusDays(10));

	@Test
	void logsHoursForACommitmentInHours() {
		ServiceEntry entry = ServiceEntry.log(enrolment, TODAY, new BigDecimal("2.5"), "Evening shift", TODAY,
				Instant.now());

		assertThat(entry.unit()).isEqualTo(ServiceUnit.HOURS);
		assertThat(entry.status()).isEqualTo(ServiceEntryStatus.LOGGED);
	}

	@Test
	void refusesServiceInTheFutureOrBeforeTheStart() {
		assertThatThrownBy(
				() -> ServiceEntry.log(enrolment, TODAY.plusDays(1), BigDecimal.ONE, "", TODAY, Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(ServiceEntry.Part.DAY);
		assertThatThrownBy(
				() -> ServiceEntry.log(enrolment, TODAY.minusDays(11), BigDecimal.ONE, "", TODAY, Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(ServiceEntry.Part.DAY);
	}

	@Test
	void refusesNoneOrMoreThanADayHolds() {
		assertThatThrownBy(() -> ServiceEntry.log(enrolment, TODAY, BigDecimal.ZERO, "", TODAY, Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(ServiceEntry.Part.AMOUNT);
		assertThatThrownBy(() -> ServiceEntry.log(enrolment, TODAY, new BigDecimal("25"), "", TODAY, Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("At most 24 hours");
	}

	@Test
	void isApprovedOnceAndNotByTheVolunteer() {
		ServiceEntry entry = ServiceEntry.log(enrolment, TODAY, BigDecimal.ONE, "", TODAY, Instant.now());

		assertThatThrownBy(() -> entry.decide(true, EnrolmentTests.VOLUNTEER, EnrolmentTests.VOLUNTEER, Instant.now()))
			.isInstanceOf(RequestRefused.class);
		ServiceEntry approved = entry.decide(true, EnrolmentTests.LEAD, EnrolmentTests.VOLUNTEER, Instant.now());
		assertThat(approved.status()).isEqualTo(ServiceEntryStatus.APPROVED);
		assertThatThrownBy(
				() -> approved.decide(false, new PersonId(UUID.randomUUID()), EnrolmentTests.VOLUNTEER, Instant.now()))
			.isInstanceOf(RequestRefused.class);
	}

}
