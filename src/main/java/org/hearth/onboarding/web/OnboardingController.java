package org.hearth.onboarding.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.Markdown;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.Application;
import org.hearth.onboarding.ApplicationId;
import org.hearth.onboarding.ApplicationStatus;
import org.hearth.onboarding.Course;
import org.hearth.onboarding.Courses;
import org.hearth.onboarding.Onboarding;
import org.hearth.onboarding.Onboarding.ApplicationDetails;
import org.hearth.onboarding.Quiz;
import org.hearth.onboarding.RequirementCheck;
import org.hearth.onboarding.web.OnboardingForms.ApplicationForm;
import org.hearth.people.HearthUser;
import org.hearth.programs.PolicyDocument;
import org.hearth.programs.PolicyVersion;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An applicant's pages: the roles to apply to, the application form, their checklist,
 * courses and policies.
 */
@Controller
class OnboardingController {

	private final Onboarding onboarding;

	private final Courses courses;

	private final Acknowledgements acknowledgements;

	private final Programs catalog;

	private final Policies policies;

	/** One of the applicant's applications, with its role's name. */
	record MyApplication(Application application, String roleName) {
	}

	/** A lesson with its Markdown rendered to safe HTML. */
	record RenderedLesson(String title, String html) {
	}

	OnboardingController(Onboarding onboarding, Courses courses, Acknowledgements acknowledgements, Programs catalog,
			Policies policies) {
		this.onboarding = onboarding;
		this.courses = courses;
		this.acknowledgements = acknowledgements;
		this.catalog = catalog;
		this.policies = policies;
	}

	@GetMapping("/apply")
	String apply(@AuthenticationPrincipal HearthUser user, Model model) {
		List<ProgramRole> allRoles = catalog.allRoles();
		Map<ProgramRoleId, String> roleNames = allRoles.stream()
			.collect(Collectors.toMap(ProgramRole::id, ProgramRole::name));
		model.addAttribute("applications",
				onboarding.of(user.id())
					.stream()
					.map(a -> new MyApplication(a, roleNames.getOrDefault(a.role(), "a role")))
					.toList());
		model.addAttribute("mayApply", onboarding.mayApply(user.id()));
		Map<ProgramId, List<ProgramRole>> byProgram = allRoles.stream()
			.collect(Collectors.groupingBy(ProgramRole::programId));
		Map<Program, List<ProgramRole>> roles = catalog.programs()
			.stream()
			.collect(Collectors.toMap(p -> p, p -> byProgram.getOrDefault(p.id(), List.of()), (a, b) -> a,
					java.util.LinkedHashMap::new));
		model.addAttribute("programs", roles);
		return "onboarding/apply";
	}

	@GetMapping("/apply/{roleId}")
	String applyForm(@AuthenticationPrincipal HearthUser user, @PathVariable UUID roleId, Model model) {
		ProgramRole role = onboarding.role(new ProgramRoleId(roleId));
		return form(model, role, ApplicationForm.forRole(role), user);
	}

	@PostMapping("/apply/{roleId}")
	String submit(@AuthenticationPrincipal HearthUser user, @PathVariable UUID roleId,
			@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProgramRole role = onboarding.role(new ProgramRoleId(roleId));
		return Forms.submit(errors, () -> form(model, role, form, user), () -> {
			Application application = onboarding.apply(user.id(), role.id(),
					new ApplicationDetails(form.commitmentMonths(), form.commitmentAmount(), form.commitmentUnit(),
							form.commitmentPeriod(), form.availability(), form.languages(), form.timeZone(),
							form.motivation()));
			redirect.addFlashAttribute("notice", "Thank you for applying to serve as " + role.name()
					+ ". Staff will look at your application soon.");
			return "redirect:/applications/" + application.id();
		});
	}

	@GetMapping("/applications/{id}")
	String application(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, Model model) {
		Application application = onboarding.visibleTo(user, new ApplicationId(id));
		model.addAttribute("theApplication", application);
		model.addAttribute("role", onboarding.role(application.role()));
		List<RequirementCheck> checklist = onboarding.checklist(application);
		model.addAttribute("checklist", checklist);
		model.addAttribute("policyTitles", onboarding.policyTitles());
		model.addAttribute("courseLinks", courseLinks(application, checklist));
		model.addAttribute("stillOpen",
				application.status() == ApplicationStatus.DISQUALIFIED ? onboarding.stillOpen(application) : List.of());
		return "onboarding/application";
	}

	@PostMapping("/applications/{id}/age")
	String age(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, @RequestParam boolean ofAge,
			RedirectAttributes redirect) {
		return act(redirect, "/applications/" + id, () -> {
			onboarding.answerAge(new ApplicationId(id), user, ofAge);
			return "Thank you for letting us know.";
		});
	}

	@PostMapping("/applications/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "/applications/" + id, () -> {
			onboarding.withdraw(new ApplicationId(id), user);
			return "Your application is withdrawn. You're welcome to apply again whenever it suits you.";
		});
	}

	@GetMapping("/courses/{id}")
	String course(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, Model model) {
		Course course = courses.find(id).orElseThrow(() -> new NotFound("There is no course with this id."));
		model.addAttribute("course", course);
		model.addAttribute("lessons",
				course.lessons()
					.stream()
					.map(l -> new RenderedLesson(l.title(), Markdown.html(l.markdown())))
					.toList());
		model.addAttribute("attempts", courses.attempts(id, user.id()));
		return "onboarding/course";
	}

	@PostMapping("/courses/{id}/attempts")
	String attempt(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Course course = courses.find(id).orElseThrow(() -> new NotFound("There is no course with this id."));
		Quiz quiz = course.quiz();
		List<Integer> answers = new java.util.ArrayList<>();
		for (int i = 0; i < quiz.questions().size(); i++) {
			String answer = form.get("q" + i);
			answers.add(answer == null ? null : Integer.valueOf(answer));
		}
		Courses.Attempt attempt = courses.attempt(id, user.id(), answers);
		redirect.addFlashAttribute(attempt.passed() ? "notice" : "problem",
				attempt.passed()
						? "You passed " + course.name() + " with " + attempt.correct() + " of " + attempt.total()
								+ ". Well done."
						: attempt.correct() + " of " + attempt.total()
								+ " right. Not quite yet: read the lessons again and have another go.");
		return "redirect:/courses/" + id;
	}

	@GetMapping("/acknowledgements/{key}")
	String acknowledgement(@AuthenticationPrincipal HearthUser user, @PathVariable String key, Model model) {
		PolicyDocument policy = policies.policy(key).orElseThrow(() -> new NotFound("There is no policy " + key));
		PolicyVersion version = policies.version(key, policy.currentVersion()).orElseThrow();
		model.addAttribute("policy", policy);
		model.addAttribute("version", version);
		model.addAttribute("body", Markdown.html(version.body()));
		model.addAttribute("acknowledged", acknowledgements.acknowledgedVersion(user.id(), key));
		return "onboarding/acknowledgement";
	}

	@PostMapping("/acknowledgements/{key}")
	String acknowledge(@AuthenticationPrincipal HearthUser user, @PathVariable String key, @RequestParam int version,
			RedirectAttributes redirect) {
		return act(redirect, "/acknowledgements/" + key, () -> {
			acknowledgements.acknowledge(user.id(), key, version);
			return "Thank you: you acknowledged version " + version + ".";
		});
	}

	private String form(Model model, ProgramRole role, ApplicationForm form, HearthUser user) {
		model.addAttribute("role", role);
		model.addAttribute("program", catalog.program(role.programId()).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("mayApply", onboarding.mayApply(user.id()));
		model.addAttribute("policyTitles", policies.policyTitles());
		return "onboarding/apply-form";
	}

	/**
	 * The course each course requirement still to meet links to, by the requirement's
	 * name, as courses are named case-insensitively; read in one query, and only when the
	 * checklist offers a course to take.
	 */
	private Map<String, UUID> courseLinks(Application application, List<RequirementCheck> checklist) {
		if (!application.status().open()) {
			return Map.of();
		}
		List<String> wanted = checklist.stream()
			.filter(check -> "course".equals(check.kind()) && !check.met())
			.map(check -> check.name())
			.toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<String, UUID> byName = new java.util.HashMap<>();
		courses.all().forEach(course -> byName.putIfAbsent(course.name().toLowerCase(Locale.ROOT), course.id()));
		Map<String, UUID> links = new java.util.HashMap<>();
		wanted.forEach(name -> {
			UUID id = byName.get(name.toLowerCase(Locale.ROOT));
			if (id != null) {
				links.put(name, id);
			}
		});
		return links;
	}

	/**
	 * Runs a change and goes back to the page, with what happened or why it could not.
	 */
	static String act(RedirectAttributes redirect, String page, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", change.get());
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + page;
	}

}
