package org.hearth.conduct;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.conduct.ImmediateRemovalPolicy.NoImmediateMeasure;
import org.hearth.conduct.ImmediateRemovalPolicy.Reporter;
import org.hearth.conduct.ImmediateRemovalPolicy.ReviewAtOnce;
import org.hearth.conduct.ImmediateRemovalPolicy.ScreeningOfVolunteerMessage;
import org.hearth.conduct.ImmediateRemovalPolicy.SuspendAtOnce;
import org.hearth.people.PersonId;
import org.hearth.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ImmediateRemovalPolicyTests {

	final ImmediateRemovalPolicy policy = new ImmediateRemovalPolicy();

	final Subject volunteer = Subject.volunteer(new PersonId(UUID.randomUUID()));

	@Test
	void suspendsAtOnceForScreenedSelfHarmEncouragementByAVolunteer() {
		assertThat(
				policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, volunteer, new ScreeningOfVolunteerMessage()))
			.isInstanceOf(SuspendAtOnce.class);
	}

	@Test
	void onlyOpensImmediateReviewWhenTheLearnedTierAloneFoundSelfHarmEncouragement() {
		assertThat(policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, volunteer,
				new ScreeningOfVolunteerMessage(true)))
			.isInstanceOfSatisfying(ReviewAtOnce.class,
					review -> assertThat(review.reason()).contains("learned tier").contains("nobody was suspended"));
		assertThat(policy.measureFor(ReportCategory.HARASSMENT, volunteer, new ScreeningOfVolunteerMessage(true)))
			.isInstanceOf(NoImmediateMeasure.class);
	}

	@Test
	void suspendsAtOnceWhenStaffReportSelfHarmEncouragement() {
		for (Role role : new Role[] { Role.STAFF, Role.ADMIN }) {
			assertThat(policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, volunteer, new Reporter(role, false)))
				.as(role.name())
				.isInstanceOf(SuspendAtOnce.class);
		}
	}

	@Test
	void suspendsAtOnceWhenTheVolunteersOwnLeadReportsSelfHarmEncouragement() {
		assertThat(policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, volunteer, new Reporter(Role.LEAD, true)))
			.isInstanceOf(SuspendAtOnce.class);
	}

	@Test
	void onlyOpensImmediateReviewWhenALeadReportsSomeoneElsesVolunteer() {
		assertThat(policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, volunteer, new Reporter(Role.LEAD, false)))
			.isInstanceOf(ReviewAtOnce.class);
	}

	@Test
	void onlyOpensImmediateReviewWhenAnyoneElseReportsIt() {
		for (Role role : new Role[] { Role.APPLICANT, Role.VOLUNTEER }) {
			assertThat(policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, volunteer, new Reporter(role, false)))
				.as(role.name())
				.isInstanceOf(ReviewAtOnce.class);
		}
	}

	@Test
	void takesNoImmediateMeasureForOtherCategoriesOrMembers() {
		assertThat(policy.measureFor(ReportCategory.HARASSMENT, volunteer, new Reporter(Role.STAFF, false)))
			.isInstanceOf(NoImmediateMeasure.class);
		assertThat(policy.measureFor(ReportCategory.SELF_HARM_ENCOURAGEMENT, Subject.member("forum:anon-7"),
				new Reporter(Role.STAFF, false)))
			.isInstanceOf(NoImmediateMeasure.class);
	}

}
