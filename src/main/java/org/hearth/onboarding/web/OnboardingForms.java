package org.hearth.onboarding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.onboarding.BackgroundCheckStatus;
import org.hearth.onboarding.Course;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.ProgramRole;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.Quiz;
import org.hearth.shared.RequestRefused;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of onboarding's pages. */
final class OnboardingForms {

	private OnboardingForms() {
	}

	/**
	 * The field of these forms, and of the API's bodies, each refused part belongs
	 * beside.
	 */
	static final Map<RequestRefused.Part, String> FIELDS = Map.of(Course.Part.NAME, "name", Course.Part.LESSONS,
			"lessons", Quiz.Part.QUESTIONS, "quiz", Quiz.Part.PASS_MARK, "passMark", Application.Part.REASON, "reason");

	record ApplicationForm(
			@NotNull(message = "For how many months?") @Min(value = 1, message = "At least one month.") @Max(value = 60,
					message = "At most 60 months.") Integer commitmentMonths,
			@NotNull(message = "How many hours or sessions each time?") @DecimalMin(value = "0.25",
					message = "At least a quarter.") @DecimalMax(value = "999",
							message = "At most 999.") BigDecimal commitmentAmount,
			@NotNull(message = "Choose hours or sessions.") CommitmentUnit commitmentUnit,
			@NotNull(message = "Choose how often.") CommitmentPeriod commitmentPeriod,
			@NotBlank(message = "Tell us when you’re usually available.") @Size(max = 1000) String availability,
			@NotBlank(message = "Name at least one language.") @Size(max = 200) String languages,
			@NotBlank(message = "Choose your time zone.") String timeZone,
			@NotBlank(message = "Tell us a little about why you’d like to serve.") @Size(max = 4000,
					message = "Keep this to 4000 characters.") String motivation) {

		static ApplicationForm forRole(ProgramRole role) {
			var asked = role.commitment();
			return new ApplicationForm(asked.months(), asked.amount(), asked.unit(), asked.period(), "", "", "UTC", "");
		}

	}

	record DeclineForm(
			@NotBlank(message = "Give the applicant a reason; they will read it.") @Size(max = 2000) String reason,
			Long version) {
	}

	record CheckForm(@NotNull(message = "Choose the check’s status.") BackgroundCheckStatus status,
			@Size(max = 120) String providerReference,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
	}

	record ActivationForm(java.util.UUID lead, Long version) {
	}

	record CourseForm(@NotBlank(message = "Name the course.") @Size(max = 120) String name,
			@Size(max = 2000) String description,
			@NotNull(message = "Choose a pass mark.") @Min(value = 1, message = "At least 1%.") @Max(value = 100,
					message = "At most 100%.") Integer passMark,
			@NotBlank(message = "Write at least one lesson.") String lessons,
			@NotBlank(message = "Write at least one question.") String quiz, Long version) {

		static CourseForm empty() {
			return new CourseForm("", "", 80, "# First lesson\n",
					"? A question\n- A wrong option\n* The right option\n", null);
		}

		static CourseForm of(Course course) {
			return new CourseForm(course.name(), course.description(), course.passMark(), course.lessonsText(),
					course.quizText(), course.version());
		}

	}

}
