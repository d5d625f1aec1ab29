package org.hearth.onboarding.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.ApplicationId;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.Onboarding.ApplicationDetails;
import org.hearth.onboarding.web.OnboardingApiViews.ApplicationView;
import org.hearth.onboarding.web.OnboardingApiViews.CourseView;
import org.hearth.people.HearthUser;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.ProgramRoleId;
import org.hearth.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's side of onboarding through the API: applying, their applications and
 * checklist, courses and policy acknowledgements.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding", description = "Applications, requirements, courses, background checks and acknowledgements")
class ApplicantApiController {

	private final Onboarding onboarding;

	private final Courses courses;

	private final Acknowledgements acknowledgements;

	private final OnboardingApiViews views;

	ApplicantApiController(Onboarding onboarding, Courses courses, Acknowledgements acknowledgements,
			OnboardingApiViews views) {
		this.onboarding = onboarding;
		this.courses = courses;
		this.acknowledgements = acknowledgements;
		this.views = views;
	}

	@GetMapping("/applications")
	@Operation(summary = "Your applications, newest first")
	List<ApplicationView> mine(@AuthenticationPrincipal HearthUser user) {
		return onboarding.of(user.id()).stream().map(views::of).toList();
	}

	@PostMapping("/applications")
	@Operation(summary = "Apply to a program role with the commitment you offer")
	ResponseEntity<ApplicationView> apply(@AuthenticationPrincipal HearthUser user,
			@Valid @RequestBody ApplyRequest body) {
		Application application = onboarding.apply(user.id(), new ProgramRoleId(body.roleId()),
				new ApplicationDetails(body.commitmentMonths(), body.commitmentAmount(), body.commitmentUnit(),
						body.commitmentPeriod(), body.availability(), body.languages(), body.timeZone(),
						body.motivation()));
		return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id()))
			.body(views.of(application));
	}

	@GetMapping("/applications/{id}")
	@Operation(summary = "One application with its checklist (the applicant or staff)")
	ApplicationView application(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return views.of(onboarding.visibleTo(user, new ApplicationId(id)));
	}

	@PostMapping("/applications/{id}/withdrawal")
	@Operation(summary = "Withdraw an application that is still under way")
	ApplicationView withdraw(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return views.of(onboarding.withdraw(new ApplicationId(id), user));
	}

	@PostMapping("/applications/{id}/age-confirmation")
	@Operation(summary = "Say whether you are of the role's minimum age")
	ApplicationView confirmAge(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody AgeAnswer body) {
		return views.of(onboarding.answerAge(new ApplicationId(id), user, body.ofMinimumAge()));
	}

	@GetMapping("/courses/{id}")
	@Operation(summary = "A course's lessons (Markdown) and quiz questions, without the answers")
	CourseView course(@PathVariable UUID id) {
		return CourseView.of(courses.find(id).orElseThrow(() -> new NotFound("There is no course " + id)));
	}

	@PostMapping("/courses/{id}/attempts")
	@Operation(summary = "Answer a course's quiz: one option index per question, in order")
	Courses.Attempt attempt(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody AttemptRequest body) {
		return courses.attempt(id, user.id(), body.answers());
	}

	@PostMapping("/acknowledgements")
	@Operation(summary = "Acknowledge that you read the current version of a policy")
	ResponseEntity<Void> acknowledge(@AuthenticationPrincipal HearthUser user,
			@Valid @RequestBody AcknowledgementRequest body) {
		acknowledgements.acknowledge(user.id(), body.policyKey(), body.version());
		return ResponseEntity.noContent().build();
	}

	record ApplyRequest(@NotNull UUID roleId, int commitmentMonths, @NotNull BigDecimal commitmentAmount,
			@NotNull CommitmentUnit commitmentUnit, @NotNull CommitmentPeriod commitmentPeriod,
			@NotBlank @Size(max = 1000) String availability, @NotBlank @Size(max = 200) String languages,
			@NotBlank String timeZone, @NotBlank @Size(max = 4000) String motivation) {
	}

	record AgeAnswer(@NotNull Boolean ofMinimumAge) {
	}

	record AttemptRequest(@NotNull List<Integer> answers) {
	}

	record AcknowledgementRequest(@NotBlank String policyKey, int version) {
	}

}
