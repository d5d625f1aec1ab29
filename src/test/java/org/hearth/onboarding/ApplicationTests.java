package org.hearth.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;
import org.hearth.onboarding.ActivationDecision.Allowed;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.people.PersonId;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.ProgramRoleId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTests {

	static Application submitted() {
		return Application.submit(new PersonId(UUID.randomUUID()), new ProgramRoleId(UUID.randomUUID()),
				Commitment.of(6, 2, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK), "Weekday evenings",
				List.of("english"), "Europe/London", "I was helped here once.", Instant.now());
	}

	@Test
	void startsSubmittedWithTheCommitmentOffered() {
		Application application = submitted();

		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.commitment()).hasToString("6 months, 2 sessions a week");
	}

	@Test
	void refusesApplicationWithoutMotivationOrLanguage() {
		assertThatThrownBy(
				() -> Application.submit(new PersonId(UUID.randomUUID()), new ProgramRoleId(UUID.randomUUID()),
						Commitment.of(6, 2, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK), "Evenings",
						List.of("english"), "UTC", " ", Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.extracting("field")
			.isEqualTo("motivation");
		assertThatThrownBy(
				() -> Application.submit(new PersonId(UUID.randomUUID()), new ProgramRoleId(UUID.randomUUID()),
						Commitment.of(6, 2, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK), "Evenings", List.of(),
						"UTC", "Why", Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.extracting("field")
			.isEqualTo("languages");
	}

	@Test
	void namesEveryProblemAtOnceAndTakesInvisibleTextForEmpty() {
		assertThatThrownBy(
				() -> Application.submit(new PersonId(UUID.randomUUID()), new ProgramRoleId(UUID.randomUUID()),
						Commitment.of(6, 2, CommitmentUnit.SESSIONS, CommitmentPeriod.WEEK), "\u200B\u3164", List.of(),
						"UTC", "\u2060\uFEFF", Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.satisfies(ex -> assertThat(((RequestRefused) ex).errors()).containsOnlyKeys("availability", "languages",
					"motivation"));
	}

	@Test
	void movesFromSubmittedToOnboardingToActive() {
		Application application = submitted();

		application.accept(Instant.now());
		application.activate(new Allowed(), Instant.now());

		assertThat(application.status()).isEqualTo(ApplicationStatus.ACTIVE);
	}

	@Test
	void refusesActivationBeforeOnboarding() {
		Application application = submitted();

		assertThatThrownBy(() -> application.activate(new Allowed(), Instant.now())).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("submitted");
	}

	@Test
	void refusesActivationWithWhatIsMissing() {
		Application application = submitted();
		application.accept(Instant.now());

		assertThatThrownBy(() -> application.activate(new Refused(List.of("Pass the course Foundations"), List.of()),
				Instant.now()))
			.isInstanceOf(RequestRefused.class)
			.hasMessage("Not yet: Pass the course Foundations.");
		assertThat(application.status()).isEqualTo(ApplicationStatus.ONBOARDING);
	}

	@Test
	void declinesOnlyWithAReason() {
		Application application = submitted();

		assertThatThrownBy(() -> application.decline(" ", Instant.now())).isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(Application.Part.REASON);
		application.decline("We are not taking new responders this season.", Instant.now());
		assertThat(application.status()).isEqualTo(ApplicationStatus.DECLINED);
		assertThat(application.statusReason()).isEqualTo("We are not taking new responders this season.");
	}

	@Test
	void disqualifiesOnlyWhenARequirementFailed() {
		Application application = submitted();
		application.accept(Instant.now());

		assertThatThrownBy(
				() -> application.disqualify(new Refused(List.of("Pass the course"), List.of()), Instant.now()))
			.isInstanceOf(RequestRefused.class);
		application.disqualify(new Refused(List.of("The background check did not clear"),
				List.of("The background check did not clear")), Instant.now());
		assertThat(application.status()).isEqualTo(ApplicationStatus.DISQUALIFIED);
	}

	@Test
	void staysClosedOnceWithdrawn() {
		Application application = submitted();
		application.withdraw(null, Instant.now());

		assertThat(application.statusReason()).isEqualTo("Withdrawn by the applicant");
		assertThatThrownBy(() -> application.accept(Instant.now())).isInstanceOf(RequestRefused.class);
		assertThatThrownBy(() -> application.answerAge(true)).isInstanceOf(RequestRefused.class);
	}

}
