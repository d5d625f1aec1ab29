package org.hearth.conduct;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;
import org.hearth.screening.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConductCaseTests {

	static final String RATIONALE = "The messages show repeated pressure on a member after they said no.";

	final Instant now = Instant.parse("2026-11-25T10:00:00Z");

	final PersonId volunteer = new PersonId(UUID.randomUUID());

	final PersonId sam = new PersonId(UUID.randomUUID());

	final PersonId jo = new PersonId(UUID.randomUUID());

	final ConductCase theCase = ConductCase.open(Subject.volunteer(volunteer), "Harassment or abuse", Severity.HIGH,
			now);

	@Test
	void opensUnreviewedAndGoesInReviewWhenStaffTakeIt() {
		assertThat(theCase.status()).isEqualTo(CaseStatus.UNREVIEWED);

		theCase.assign(sam, now);

		assertThat(theCase.status()).isEqualTo(CaseStatus.IN_REVIEW);
		assertThat(theCase.assignee()).isEqualTo(sam);
	}

	@Test
	void becomesAsSevereAsItsMostSevereReport() {
		theCase.join(Severity.LOW, "Harassment or abuse", now);
		assertThat(theCase.severity()).isEqualTo(Severity.HIGH);

		theCase.join(Severity.CRITICAL, "Harassment or abuse", now);
		assertThat(theCase.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(theCase.title()).isEqualTo("Harassment or abuse");
	}

	@Test
	void namesEveryConcernReportedTheOneThatMadeItMoreSevereFirstThenTheMostSevereKinds() {
		theCase.join(Severity.LOW, ReportCategory.OTHER.label(), now);
		assertThat(theCase.title()).isEqualTo("Harassment or abuse, " + ReportCategory.OTHER.label());
		theCase.join(Severity.HIGH, ReportCategory.HATE_SPEECH.label(), now);
		assertThat(theCase.title()).isEqualTo(
				"Harassment or abuse, " + ReportCategory.HATE_SPEECH.label() + ", " + ReportCategory.OTHER.label());

		theCase.join(Severity.CRITICAL, ReportCategory.SELF_HARM_ENCOURAGEMENT.label(), now);
		assertThat(theCase.title()).startsWith(ReportCategory.SELF_HARM_ENCOURAGEMENT.label() + ", ")
			.endsWith(ReportCategory.OTHER.label());
		assertThat(theCase.severity()).isEqualTo(Severity.CRITICAL);

		String before = theCase.title();
		theCase.join(Severity.CRITICAL, ReportCategory.SELF_HARM_ENCOURAGEMENT.label(), now);
		assertThat(theCase.title()).isEqualTo(before);
	}

	@Test
	void saysThereIsMoreWhenTheConcernsDoNotFitInsteadOfCuttingAWord() {
		for (ReportCategory category : ReportCategory.values()) {
			theCase.join(category.defaultSeverity(), category.label(), now);
		}
		assertThat(theCase.title()).hasSizeLessThanOrEqualTo(ConductCase.MAX_TITLE).endsWith(", and more");
		assertThat(theCase.title()).startsWith(ReportCategory.SELF_HARM_ENCOURAGEMENT.label());
		String full = theCase.title();
		theCase.join(Severity.LOW, ReportCategory.OTHER.label(), now);
		assertThat(theCase.title()).isEqualTo(full);
	}

	@Test
	void keepsTheTitleOfADecidedCaseUnderAppeal() {
		Decision decision = theCase.decide(Outcome.WARNING, RATIONALE, sam, "Sam", now);
		theCase.appeal(decision.id(), volunteer, "I was quoting the member to report it.", now);
		assertThat(theCase.acceptsReports()).isTrue();

		theCase.join(Severity.CRITICAL, ReportCategory.SELF_HARM_ENCOURAGEMENT.label(), now);

		assertThat(theCase.title()).isEqualTo("Harassment or abuse");
		assertThat(theCase.severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void refusesDecisionWithoutWrittenRationale() {
		assertThatThrownBy(() -> theCase.decide(Outcome.WARNING, "  too short ", sam, "Sam", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("reasons")
			.extracting("part")
			.isEqualTo(ConductCase.Part.RATIONALE);
		assertThat(theCase.decisions()).isEmpty();
		assertThat(theCase.status()).isEqualTo(CaseStatus.UNREVIEWED);
	}

	@Test
	void refusesDecisionWithoutOutcome() {
		assertThatThrownBy(() -> theCase.decide(null, RATIONALE, sam, "Sam", now)).isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(ConductCase.Part.OUTCOME);
	}

	@Test
	void refusesVolunteerOutcomesForMemberCases() {
		ConductCase memberCase = ConductCase.open(Subject.member("discord:4411"), "Harassment or abuse", Severity.HIGH,
				now);

		assertThatThrownBy(() -> memberCase.decide(Outcome.SUSPENSION, RATIONALE, sam, "Sam", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("volunteers only");
		assertThat(memberCase.decide(Outcome.WARNING, RATIONALE, sam, "Sam", now).outcome()).isEqualTo(Outcome.WARNING);
	}

	@Test
	void recordsDecisionWithWhoAndWhen() {
		Decision decision = theCase.decide(Outcome.WARNING, RATIONALE, sam, "Sam", now);

		assertThat(decision.decidedBy()).isEqualTo(sam);
		assertThat(decision.decidedAt()).isEqualTo(now);
		assertThat(decision.rationale()).isEqualTo(RATIONALE);
		assertThat(theCase.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(theCase.latestDecision()).contains(decision);
	}

	@Test
	void refusesSecondDecisionUntilReopenedAndThenAddsRatherThanEdits() {
		Decision first = theCase.decide(Outcome.WARNING, RATIONALE, sam, "Sam", now);

		assertThatThrownBy(() -> theCase.decide(Outcome.NO_ACTION, RATIONALE, jo, "Jo", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Reopen");

		theCase.reopen(now.plusSeconds(60));
		Decision second = theCase.decide(Outcome.REASSESSMENT, RATIONALE + " More came to light.", jo, "Jo",
				now.plusSeconds(120));

		assertThat(theCase.decisions()).containsExactly(first, second);
		assertThat(first.outcome()).isEqualTo(Outcome.WARNING);
	}

	@Test
	void refusesReopeningAnOpenCase() {
		assertThatThrownBy(() -> theCase.reopen(now)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("still open");
	}

	@Test
	void takesAppealOnceFromTheVolunteerOnly() {
		Decision decision = theCase.decide(Outcome.SUSPENSION, RATIONALE, sam, "Sam", now);

		assertThatThrownBy(() -> theCase.appeal(decision.id(), jo, "I disagree", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Only the volunteer");

		theCase.appeal(decision.id(), volunteer, "I was quoting the member to report it.", now);
		assertThat(theCase.status()).isEqualTo(CaseStatus.APPEALED);

		assertThatThrownBy(() -> theCase.appeal(decision.id(), volunteer, "Again", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("appealed once");
	}

	@Test
	void refusesAppealDecidedByTheStaffMemberWhoseDecisionItReviews() {
		Decision decision = theCase.decide(Outcome.SUSPENSION, RATIONALE, sam, "Sam", now);
		theCase.appeal(decision.id(), volunteer, "I was quoting the member to report it.", now);

		assertThatThrownBy(() -> theCase.decideAppeal(Outcome.NO_ACTION, RATIONALE, sam, "Sam", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("different staff member");

		Decision onAppeal = theCase.decideAppeal(Outcome.NO_ACTION, "The quote was a report, not advice; lifted.", jo,
				"Jo", now);
		assertThat(onAppeal.onAppealOf()).isEqualTo(decision.id());
		assertThat(theCase.status()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	void refusesAppealOfADecisionMadeOnAppeal() {
		Decision decision = theCase.decide(Outcome.WARNING, RATIONALE, sam, "Sam", now);
		theCase.appeal(decision.id(), volunteer, "I disagree with this.", now);
		Decision onAppeal = theCase.decideAppeal(Outcome.WARNING, RATIONALE, jo, "Jo", now);

		assertThatThrownBy(() -> theCase.appeal(onAppeal.id(), volunteer, "Once more", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("final");
	}

	@Test
	void refusesNewDecisionWhileAnAppealWaits() {
		Decision decision = theCase.decide(Outcome.WARNING, RATIONALE, sam, "Sam", now);
		theCase.appeal(decision.id(), volunteer, "I disagree with this.", now);

		assertThatThrownBy(() -> theCase.decide(Outcome.NO_ACTION, RATIONALE, jo, "Jo", now))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Decide the appeal");
	}

	@Test
	void takesOneResponsePerDecisionWithoutChangingTheCase() {
		Decision decision = theCase.decide(Outcome.FEEDBACK, RATIONALE, sam, "Sam", now);

		theCase.respond(decision.id(), volunteer, "Thank you, I understand.", now);

		assertThat(theCase.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(theCase.replyTo(decision.id(), Reply.Kind.RESPONSE)).isPresent();
		assertThatThrownBy(() -> theCase.respond(decision.id(), volunteer, "And more", now))
			.isInstanceOf(RequestRefused.class);
	}

	@Test
	void closesOnlyWhenDecided() {
		assertThatThrownBy(() -> theCase.close(now)).isInstanceOf(RequestRefused.class);

		theCase.decide(Outcome.NO_ACTION, RATIONALE, sam, "Sam", now);
		theCase.close(now);

		assertThat(theCase.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(theCase.acceptsReports()).isFalse();
	}

}
