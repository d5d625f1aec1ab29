package org.hearth.onboarding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hearth.programs.ProgramRole;
import org.hearth.shared.Forms;
import org.hearth.shared.NotFound;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.ActivationDecision;
import org.hearth.onboarding.ActivationDecision.Refused;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.ApplicationId;
import org.hearth.onboarding.ApplicationStatus;
import org.hearth.onboarding.BackgroundCheckStatus;
import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Expiries;
import org.hearth.onboarding.Expiries.Expiry;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.Onboarding.ApplicationLine;
import org.hearth.onboarding.web.OnboardingForms.CheckForm;
import org.hearth.onboarding.web.OnboardingForms.CourseForm;
import org.hearth.onboarding.web.OnboardingForms.DeclineForm;
import org.hearth.people.PersonId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.hearth.onboarding.web.OnboardingController.act;

/**
 * Staff pages: the application queue, one application with its checklist and decisions,
 * courses, expiries.
 */
@Controller
class StaffOnboardingController {

	private final Onboarding onboarding;

	private final Courses courses;

	private final BackgroundChecks checks;

	private final Expiries expiries;

	private final Acknowledgements acknowledgements;

	private final Clock clock;

	StaffOnboardingController(Onboarding onboarding, Courses courses, BackgroundChecks checks, Expiries expiries,
			Acknowledgements acknowledgements, Clock clock) {
		this.clock = clock;
		this.onboarding = onboarding;
		this.courses = courses;
		this.checks = checks;
		this.expiries = expiries;
		this.acknowledgements = acknowledgements;
	}

	@GetMapping("/staff/applications")
	String queue(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, HtmxRequest htmx, HttpServletRequest request, Model model) {
		ResultPage<ApplicationLine> applications = onboarding.queue(status, Paging.of(page, size));
		model.addAttribute("applications", applications.items());
		model.addAttribute("pages", PageLinks.of(applications, request));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApplicationStatus.values());
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "onboarding/queue :: applications"
				: "onboarding/queue";
	}

	@GetMapping("/staff/applications/{id}")
	String application(@PathVariable UUID id, Model model) {
		Application application = find(id);
		return page(model, application, new DeclineForm("", application.version()),
				new CheckForm(BackgroundCheckStatus.PENDING, "", null));
	}

	@PostMapping("/staff/applications/{id}/acceptance")
	String accept(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, "/staff/applications/" + id, () -> {
			onboarding.accept(new ApplicationId(id), version);
			return "Accepted into onboarding. The applicant can now work through the checklist.";
		});
	}

	@PostMapping("/staff/applications/{id}/decline")
	String decline(@PathVariable UUID id, @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Application application = find(id);
		return Forms.submit(errors, OnboardingForms.FIELDS,
				() -> page(model, application, form, new CheckForm(BackgroundCheckStatus.PENDING, "", null)), () -> {
					onboarding.decline(application.id(), form.reason(), form.version() == null ? -1 : form.version());
					redirect.addFlashAttribute("notice", "Declined. The applicant is told why.");
					return "redirect:/staff/applications/" + id;
				});
	}

	@PostMapping("/staff/applications/{id}/disqualification")
	String disqualify(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, "/staff/applications/" + id, () -> {
			onboarding.disqualify(new ApplicationId(id), version);
			return "Disqualified. The applicant is shown the roles still open to them.";
		});
	}

	@PostMapping("/staff/applications/{id}/activation")
	String activate(@PathVariable UUID id, @RequestParam(required = false) UUID lead, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(redirect, "/staff/applications/" + id, () -> {
			onboarding.activate(new ApplicationId(id), lead == null ? null : new PersonId(lead), version);
			return "Activated with " + onboarding.nameOf(new PersonId(lead)) + " as lead volunteer.";
		});
	}

	@PostMapping("/staff/applications/{id}/background-checks")
	String recordCheck(@PathVariable UUID id, @Valid @ModelAttribute("checkForm") CheckForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Application application = find(id);
		return Forms.submit(errors, () -> page(model, application, new DeclineForm("", application.version()), form),
				() -> {
					checks.record(application.applicant(), form.status(), form.providerReference(), form.expiresOn());
					redirect.addFlashAttribute("notice", "Background check recorded: " + form.status().label() + ".");
					return "redirect:/staff/applications/" + id;
				});
	}

	@GetMapping("/staff/courses")
	String courses(Model model) {
		model.addAttribute("courses", courses.all());
		return "onboarding/courses";
	}

	@GetMapping("/staff/courses/new")
	String newCourse(Model model) {
		return courseForm(model, CourseForm.empty(), null);
	}

	@PostMapping("/staff/courses")
	String createCourse(@Valid @ModelAttribute("form") CourseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, OnboardingForms.FIELDS, () -> courseForm(model, form, null), () -> {
			Course course = courses.create(form.name(), form.description(), form.passMark(), form.lessons(),
					form.quiz());
			redirect.addFlashAttribute("notice", course.name() + " is ready. Roles can now ask for it by name.");
			return "redirect:/staff/courses";
		});
	}

	@GetMapping("/staff/courses/{id}/edit")
	String editCourse(@PathVariable UUID id, Model model) {
		Course course = courses.find(id).orElseThrow(() -> new NotFound("There is no course with this id."));
		return courseForm(model, CourseForm.of(course), course);
	}

	@PostMapping("/staff/courses/{id}")
	String reviseCourse(@PathVariable UUID id, @Valid @ModelAttribute("form") CourseForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Course course = courses.find(id).orElseThrow(() -> new NotFound("There is no course with this id."));
		return Forms.submit(errors, () -> courseForm(model, form, course), () -> {
			courses.revise(id, form.name(), form.description(), form.passMark(), form.lessons(), form.quiz(),
					form.version() == null ? -1 : form.version());
			redirect.addFlashAttribute("notice", "Saved " + form.name().strip() + ".");
			return "redirect:/staff/courses";
		});
	}

	@GetMapping("/staff/expiries")
	String expiries(Model model) {
		List<Expiry> due = expiries.dueBy(LocalDate.now(clock));
		List<Acknowledgements.Outstanding> outstanding = acknowledgements.outstanding();
		Set<PersonId> people = new HashSet<>();
		due.forEach(e -> people.add(e.volunteer()));
		outstanding.forEach(o -> people.add(o.volunteer()));
		Map<PersonId, String> names = onboarding.namesOf(people);
		model.addAttribute("expiries",
				due.stream().map(e -> new ExpiryLine(names.getOrDefault(e.volunteer(), "someone"), e)).toList());
		model.addAttribute("outstanding",
				outstanding.stream()
					.map(o -> new OutstandingLine(names.getOrDefault(o.volunteer(), "someone"), o))
					.toList());
		model.addAttribute("noticeDays", Expiries.NOTICE_DAYS);
		return "onboarding/expiries";
	}

	/** Something a volunteer must renew, with their name. */
	record ExpiryLine(String name, Expiry expiry) {
	}

	/** A policy version a volunteer has yet to acknowledge, with their name. */
	record OutstandingLine(String name, Acknowledgements.Outstanding outstanding) {
	}

	private String page(Model model, Application application, DeclineForm declineForm, CheckForm checkForm) {
		model.addAttribute("theApplication", application);
		model.addAttribute("applicantName", onboarding.nameOf(application.applicant()));
		ProgramRole role = onboarding.role(application.role());
		model.addAttribute("role", role);
		model.addAttribute("checklist", onboarding.checklist(application));
		model.addAttribute("policyTitles", onboarding.policyTitles());
		model.addAttribute("missingCourses", courses.missing(role.requirements().courses()));
		ActivationDecision decision = onboarding.decision(application);
		model.addAttribute("missing", decision instanceof Refused refused ? refused.missing() : java.util.List.of());
		model.addAttribute("failed", decision instanceof Refused refused ? refused.failed() : java.util.List.of());
		model.addAttribute("suggestions", application.status() == ApplicationStatus.ONBOARDING
				? onboarding.suggestLeads(application) : java.util.List.of());
		model.addAttribute("checks", checks.history(application.applicant()));
		model.addAttribute("statuses", BackgroundCheckStatus.values());
		model.addAttribute("declineForm", declineForm);
		model.addAttribute("checkForm", checkForm);
		return "onboarding/staff-application";
	}

	private String courseForm(Model model, CourseForm form, Course course) {
		model.addAttribute("form", form);
		model.addAttribute("course", course);
		return "onboarding/course-form";
	}

	private Application find(UUID id) {
		return onboarding.find(new ApplicationId(id))
			.orElseThrow(() -> new NotFound("There is no application with this id."));
	}

}
