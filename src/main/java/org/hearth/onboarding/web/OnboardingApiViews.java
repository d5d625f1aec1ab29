package org.hearth.onboarding.web;

import java.util.List;
import java.util.UUID;

import org.hearth.onboarding.ActivationDecision;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.ApplicationStatus;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.RequirementCheck;
import org.hearth.programs.Commitment;
import org.hearth.programs.ProgramRole;

import org.springframework.stereotype.Component;

/**
 * What the onboarding API shows of applications and courses, to the applicant and to
 * staff alike.
 */
@Component
class OnboardingApiViews {

	private final Onboarding onboarding;

	OnboardingApiViews(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	/** The application with its checklist, what is missing and the roles still open. */
	ApplicationView of(Application application) {
		List<RequirementCheck> checklist = onboarding.checklist(application);
		ActivationDecision decision = onboarding.decision(application);
		List<String> missing = decision instanceof Refused refused ? refused.missing() : List.of();
		List<String> stillOpen = application.status() == ApplicationStatus.DISQUALIFIED
				? onboarding.stillOpen(application).stream().map(ProgramRole::name).toList() : List.of();
		Commitment asked = onboarding.role(application.role()).commitment();
		return new ApplicationView(application.id().value(), application.applicant().value(),
				application.role().value(), onboarding.roleName(application.role()), application.status(),
				application.statusReason(), application.commitment().months(), application.commitment().frequency(),
				asked.toString(), application.commitment().shortOf(asked), application.availability(),
				application.languages(), application.timeZone(), application.motivation(), checklist, missing,
				stillOpen, application.version());
	}

	/**
	 * An application as the API shows it. {@code commitmentAsked} is what the role asks
	 * for; {@code commitmentShortfall} says, one line each, where the offer gives less
	 * (fewer months, less each week, another unit), and is empty when it gives as much.
	 */
	record ApplicationView(UUID id, UUID applicant, UUID roleId, String roleName, ApplicationStatus status,
			String statusReason, int commitmentMonths, String commitmentFrequency, String commitmentAsked,
			List<String> commitmentShortfall, String availability, List<String> languages, String timeZone,
			String motivation, List<RequirementCheck> checklist, List<String> missing, List<String> rolesStillOpen,
			long version) {
	}

	record CourseView(UUID id, String name, String description, int passMark, List<Course.Lesson> lessons,
			List<QuestionView> questions, long version) {

		static CourseView of(Course course) {
			return new CourseView(course.id(), course.name(), course.description(), course.passMark(), course.lessons(),
					course.quiz().questions().stream().map(q -> new QuestionView(q.prompt(), q.options())).toList(),
					course.version());
		}

	}

	record QuestionView(String prompt, List<String> options) {
	}

}
