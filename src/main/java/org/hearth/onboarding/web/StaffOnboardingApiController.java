package org.hearth.onboarding.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.ActivationRefused;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.ApplicationId;
import org.hearth.onboarding.ApplicationStatus;
import org.hearth.onboarding.BackgroundCheck;
import org.hearth.onboarding.BackgroundCheckStatus;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Expiries;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.web.OnboardingApiViews.ApplicationView;
import org.hearth.onboarding.web.OnboardingApiViews.CourseView;
import org.hearth.people.PersonId;
import org.hearth.shared.NotFound;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Enrolled;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's side of onboarding through the API: the application queue and its decisions,
 * activation with a lead, background checks, courses and what is due to renew.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding", description = "Applications, requirements, courses, background checks and acknowledgements")
class StaffOnboardingApiController {

	private final Onboarding onboarding;

	private final Courses courses;

	private final BackgroundChecks checks;

	private final Acknowledgements acknowledgements;

	private final Expiries expiries;

	private final Clock clock;

	private final OnboardingApiViews views;

	StaffOnboardingApiController(Onboarding onboarding, Courses courses, BackgroundChecks checks,
			Acknowledgements acknowledgements, Expiries expiries, OnboardingApiViews views, Clock clock) {
		this.onboarding = onboarding;
		this.courses = courses;
		this.checks = checks;
		this.acknowledgements = acknowledgements;
		this.expiries = expiries;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/staff/applications")
	@Operation(summary = "The application queue: open applications, or those in one status (staff); a page at a time "
			+ "(page from 1, size up to 200, default 50), the other pages in the Link header")
	ResponseEntity<List<ApplicationView>> queue(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			HttpServletRequest request) {
		return PageLinks.answer(onboarding.applications(status, Paging.of(page, size)).map(views::of), request);
	}

	@PostMapping("/staff/applications/{id}/acceptance")
	@Operation(summary = "Accept an application into onboarding (staff); send the version you read")
	ApplicationView accept(@PathVariable UUID id, @Valid @RequestBody VersionRequest body) {
		return views.of(onboarding.accept(new ApplicationId(id), body.version()));
	}

	@PostMapping("/staff/applications/{id}/decline")
	@Operation(summary = "Decline an application with a reason the applicant reads (staff)")
	ApplicationView decline(@PathVariable UUID id, @Valid @RequestBody DeclineRequest body) {
		return views.of(RequestRefused.showing(OnboardingForms.FIELDS,
				() -> onboarding.decline(new ApplicationId(id), body.reason(), body.version())));
	}

	@PostMapping("/staff/applications/{id}/disqualification")
	@Operation(summary = "Disqualify an application whose requirement failed (staff)")
	ApplicationView disqualify(@PathVariable UUID id, @Valid @RequestBody VersionRequest body) {
		return views.of(onboarding.disqualify(new ApplicationId(id), body.version()));
	}

	@GetMapping("/staff/applications/{id}/lead-suggestions")
	@Operation(summary = "Lead volunteers suggested by room, shared language and time zone (staff)")
	List<LeadSuggestionView> suggestions(@PathVariable UUID id) {
		Application application = onboarding.find(new ApplicationId(id))
			.orElseThrow(() -> new NotFound("There is no application " + id));
		return onboarding.suggestLeads(application)
			.stream()
			.map(s -> new LeadSuggestionView(s.candidate().lead().value(), s.candidate().name(), s.reasons()))
			.toList();
	}

	@PostMapping("/staff/applications/{id}/activation")
	@Operation(
			summary = "Activate with a lead volunteer when every requirement is met (staff); 422 lists what is missing")
	ResponseEntity<ActivationView> activate(@PathVariable UUID id, @Valid @RequestBody ActivationRequest body) {
		Enrolled enrolment = RequestRefused.showing(Map.of(Enrolled.LEAD, "lead"),
				() -> onboarding.activate(new ApplicationId(id), new PersonId(body.leadId()), body.version()));
		return ResponseEntity.created(URI.create("/api/v1/enrolments/" + enrolment.id()))
			.body(new ActivationView(enrolment.id().value(), enrolment.volunteer().value(), enrolment.lead().value(),
					enrolment.state().name(), enrolment.commitmentEndsOn()));
	}

	@PostMapping("/staff/background-checks")
	@Operation(summary = "Record a background check's status, provider reference and expiry (staff)")
	ResponseEntity<BackgroundCheck> recordCheck(@Valid @RequestBody CheckRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(checks.record(new PersonId(body.personId()), body.status(), body.providerReference(),
					body.expiresOn()));
	}

	@GetMapping("/staff/background-checks/{personId}")
	@Operation(summary = "A person's background checks, newest first (staff)")
	List<BackgroundCheck> checkHistory(@PathVariable UUID personId) {
		return checks.history(new PersonId(personId));
	}

	@GetMapping("/staff/courses")
	@Operation(summary = "Every course (staff)")
	List<CourseView> courses() {
		return courses.all().stream().map(CourseView::of).toList();
	}

	@PostMapping("/staff/courses")
	@Operation(
			summary = "Author a course: lessons in Markdown, each starting with '# Title'; the quiz as '?' questions with '-' options and '*' the right one (staff)")
	ResponseEntity<CourseView> createCourse(@Valid @RequestBody CourseRequest body) {
		Course course = RequestRefused.showing(OnboardingForms.FIELDS,
				() -> courses.create(body.name(), body.description(), body.passMark(), body.lessons(), body.quiz()));
		return ResponseEntity.created(URI.create("/api/v1/courses/" + course.id())).body(CourseView.of(course));
	}

	@GetMapping("/staff/expiries")
	@Operation(summary = "Background checks and acknowledgements to renew in the next 60 days (staff)")
	List<Expiries.Expiry> expiries() {
		return expiries.dueBy(LocalDate.now(clock));
	}

	@GetMapping("/staff/acknowledgements/outstanding")
	@Operation(
			summary = "Volunteers in service who have not acknowledged the current version of a required policy (staff)")
	List<Acknowledgements.Outstanding> outstanding() {
		return acknowledgements.outstanding();
	}

	/** Activation refused: the problem lists every unmet requirement under "missing". */
	@ExceptionHandler(ActivationRefused.class)
	ProblemDetail notYet(ActivationRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Not possible");
		problem.setProperty("missing", ex.missing());
		return problem;
	}

	record VersionRequest(@NotNull(message = "version is required: send the version you read") Long version) {
	}

	record DeclineRequest(@NotBlank String reason, @NotNull Long version) {
	}

	record ActivationRequest(@NotNull UUID leadId, @NotNull Long version) {
	}

	record ActivationView(UUID enrolmentId, UUID volunteer, UUID lead, String state, LocalDate commitmentEndsOn) {
	}

	record LeadSuggestionView(UUID leadId, String name, List<String> reasons) {
	}

	record CheckRequest(@NotNull UUID personId, @NotNull BackgroundCheckStatus status, String providerReference,
			LocalDate expiresOn) {
	}

	record CourseRequest(@NotBlank String name, String description, int passMark, @NotBlank String lessons,
			@NotBlank String quiz) {
	}

}
