package org.hearth.onboarding.web;

import org.hearth.shared.Paging;
import org.hearth.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.ActivationDecision;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.onboarding.ActivationRefused;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.ApplicationId;
import org.hearth.onboarding.ApplicationStatus;
import org.hearth.onboarding.BackgroundCheck;
import org.hearth.onboarding.BackgroundCheckStatus;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.BackgroundChecks.DeliveryRefused;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Expiries;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.Onboarding.ApplicationDetails;
import org.hearth.onboarding.RequirementCheck;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.Enrolled;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding", description = "Applications, requirements, courses, background checks and acknowledgements")
class OnboardingApiController {

	private final Onboarding onboarding;

	private final Courses courses;

	private final BackgroundChecks checks;

	private final Acknowledgements acknowledgements;

	private final Expiries expiries;

	private final Clock clock;

	OnboardingApiController(Onboarding onboarding, Courses courses, BackgroundChecks checks,
			Acknowledgements acknowledgements, Expiries expiries, Clock clock) {
		this.clock = clock;
		this.onboarding = onboarding;
		this.courses = courses;
		this.checks = checks;
		this.acknowledgements = acknowledgements;
		this.expiries = expiries;
	}

	// The applicant

	@GetMapping("/applications")
	@Operation(summary = "Your applications, newest first")
	List<ApplicationView> mine(@AuthenticationPrincipal HearthUser user) {
		return onboarding.of(user.id()).stream().map(this::view).toList();
	}

	@PostMapping("/applications")
	@Operation(summary = "Apply to a program role with the commitment you offer")
	ResponseEntity<ApplicationView> apply(@AuthenticationPrincipal HearthUser user,
			@Valid @RequestBody ApplyRequest body) {
		Application application = onboarding.apply(user.id(), new ProgramRoleId(body.roleId()),
				new ApplicationDetails(body.commitmentMonths(), body.commitmentAmount(), body.commitmentUnit(),
						body.commitmentPeriod(), body.availability(), body.languages(), body.timeZone(),
						body.motivation()));
		return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id())).body(view(application));
	}

	@GetMapping("/applications/{id}")
	@Operation(summary = "One application with its checklist (the applicant or staff)")
	ApplicationView application(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return view(onboarding.visibleTo(user, new ApplicationId(id)));
	}

	@PostMapping("/applications/{id}/withdrawal")
	@Operation(summary = "Withdraw an application that is still under way")
	ApplicationView withdraw(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return view(onboarding.withdraw(new ApplicationId(id), user));
	}

	@PostMapping("/applications/{id}/age-confirmation")
	@Operation(summary = "Say whether you are of the role's minimum age")
	ApplicationView confirmAge(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody AgeAnswer body) {
		return view(onboarding.answerAge(new ApplicationId(id), user, body.ofMinimumAge()));
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

	// Staff

	@GetMapping("/staff/applications")
	@Operation(summary = "The application queue: open applications, or those in one status (staff); a page at a time "
			+ "(page from 1, size up to 200, default 50), the other pages in the Link header")
	ResponseEntity<List<ApplicationView>> queue(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			HttpServletRequest request) {
		return PageLinks.answer(onboarding.applications(status, Paging.of(page, size)).map(this::view), request);
	}

	@PostMapping("/staff/applications/{id}/acceptance")
	@Operation(summary = "Accept an application into onboarding (staff); send the version you read")
	ApplicationView accept(@PathVariable UUID id, @Valid @RequestBody VersionRequest body) {
		return view(onboarding.accept(new ApplicationId(id), body.version()));
	}

	@PostMapping("/staff/applications/{id}/decline")
	@Operation(summary = "Decline an application with a reason the applicant reads (staff)")
	ApplicationView decline(@PathVariable UUID id, @Valid @RequestBody DeclineRequest body) {
		return view(onboarding.decline(new ApplicationId(id), body.reason(), body.version()));
	}

	@PostMapping("/staff/applications/{id}/disqualification")
	@Operation(summary = "Disqualify an application whose requirement failed (staff)")
	ApplicationView disqualify(@PathVariable UUID id, @Valid @RequestBody VersionRequest body) {
		return view(onboarding.disqualify(new ApplicationId(id), body.version()));
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
		Course course = courses.create(body.name(), body.description(), body.passMark(), body.lessons(), body.quiz());
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

	// A background-check provider

	@PostMapping("/background-checks/webhook")
	@SecurityRequirements
	@Operation(
			summary = "A provider posts a result: signed with the shared secret (X-Hearth-Timestamp, X-Hearth-Signature: sha256=HMAC of timestamp.body); a delivery is taken once")
	ResponseEntity<Void> webhook(@RequestHeader(name = "X-Hearth-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Hearth-Signature", required = false) String signature, @RequestBody String body) {
		checks.receive(timestamp, signature, body);
		return ResponseEntity.accepted().build();
	}

	/** Activation refused: the problem lists every unmet requirement under "missing". */
	@ExceptionHandler(ActivationRefused.class)
	ProblemDetail notYet(ActivationRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Not possible");
		problem.setProperty("missing", ex.missing());
		return problem;
	}

	@ExceptionHandler(DeliveryRefused.class)
	ProblemDetail refusedDelivery(DeliveryRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
		problem.setTitle("Delivery refused");
		return problem;
	}

	private ApplicationView view(Application application) {
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
