package org.hearth.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRoleId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final PersonId VOLUNTEER = new PersonId(UUID.randomUUID());

	static final PersonId LEAD = new PersonId(UUID.randomUUID());

	static NewEnrolment request() {
		return new NewEnrolment(VOLUNTEER, UUID.randomUUID(), new ProgramId(UUID.randomUUID()),
				new ProgramRoleId(UUID.randomUUID()), Commitment.of(6, 3, CommitmentUnit.HOURS, CommitmentPeriod.WEEK),
				List.of("english"), "Europe/London");
	}

	@Test
	void activatesWithLeadAndCommitmentEnd() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		assertThat(enrolment.state()).isEqualTo(EnrolmentState.ACTIVE);
		assertThat(enrolment.lead()).isEqualTo(LEAD);
		assertThat(enrolment.commitmentEndsOn()).isEqualTo(LocalDate.of(2027, 5, 25));
	}

	@Test
	void refusesActivationWithoutLead() {
		assertThatThrownBy(() -> Enrolment.activate(request(), null, TODAY)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("lead volunteer");
	}

	@Test
	void refusesVolunteerAsTheirOwnLead() {
		assertThatThrownBy(() -> Enrolment.activate(request(), VOLUNTEER, TODAY)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("own lead");
	}

	@Test
	void pausesUntilFutureDateAndResumes() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		enrolment.pause(TODAY.plusWeeks(2), TODAY);
		assertThat(enrolment.state()).isEqualTo(EnrolmentState.PAUSED);
		assertThat(enrolment.pausedUntil()).isEqualTo(TODAY.plusWeeks(2));
		assertThat(enrolment.lead()).isEqualTo(LEAD);

		enrolment.resume();
		assertThat(enrolment.state()).isEqualTo(EnrolmentState.ACTIVE);
		assertThat(enrolment.pausedUntil()).isNull();
	}

	@Test
	void refusesPauseEndingTodayOrInThePast() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		assertThatThrownBy(() -> enrolment.pause(TODAY, TODAY)).isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(Enrolment.Part.PAUSE_END);
	}

	@Test
	void refusesPauseLongerThanSixMonths() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		assertThatThrownBy(() -> enrolment.pause(TODAY.plusMonths(7), TODAY)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("six months");
	}

	@Test
	void refusesResumeWhenNotPaused() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		assertThatThrownBy(enrolment::resume).isInstanceOf(RequestRefused.class);
	}

	@Test
	void reassignsToAnotherLeadAndReturnsThePreviousOne() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);
		PersonId other = new PersonId(UUID.randomUUID());

		assertThat(enrolment.reassign(other)).isEqualTo(LEAD);
		assertThat(enrolment.lead()).isEqualTo(other);
	}

	@Test
	void refusesReassigningToTheSameLead() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		assertThatThrownBy(() -> enrolment.reassign(LEAD)).isInstanceOf(RequestRefused.class);
	}

	@Test
	void promptsForRenewalOnlyInTheLastMonth() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);
		LocalDate end = enrolment.commitmentEndsOn();

		assertThat(enrolment.commitmentEndingBy(end.minusDays(31))).isFalse();
		assertThat(enrolment.commitmentEndingBy(end.minusDays(30))).isTrue();
		assertThatThrownBy(() -> enrolment.renew(end.minusDays(60))).isInstanceOf(RequestRefused.class);

		enrolment.renew(end.minusDays(10));
		assertThat(enrolment.commitmentEndsOn()).isEqualTo(end.plusMonths(6));
	}

	@Test
	void windsDownAndStaysEnded() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);

		enrolment.withdraw("Moving on to study", Instant.now());

		assertThat(enrolment.state()).isEqualTo(EnrolmentState.WITHDRAWN);
		assertThat(enrolment.endReason()).isEqualTo("Moving on to study");
		assertThatThrownBy(() -> enrolment.pause(TODAY.plusDays(3), TODAY)).isInstanceOf(RequestRefused.class);
		assertThatThrownBy(() -> enrolment.withdraw(null, Instant.now())).isInstanceOf(RequestRefused.class);
	}

	@Test
	void removesFromAnyStateOnce() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);
		enrolment.pause(TODAY.plusDays(5), TODAY);

		assertThat(enrolment.remove("Removed permanently", Instant.now())).isTrue();
		assertThat(enrolment.state()).isEqualTo(EnrolmentState.REMOVED);
		assertThat(enrolment.pausedUntil()).isNull();
		assertThat(enrolment.remove("again", Instant.now())).isFalse();
	}

	@Test
	void knowsWhenAPauseHasReachedItsEnd() {
		Enrolment enrolment = Enrolment.activate(request(), LEAD, TODAY);
		enrolment.pause(TODAY.plusDays(5), TODAY);

		assertThat(enrolment.pauseEndedBy(TODAY.plusDays(4))).isFalse();
		assertThat(enrolment.pauseEndedBy(TODAY.plusDays(5))).isTrue();
	}

}
