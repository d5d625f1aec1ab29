package org.hearth.gatherings.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.gatherings.Answer;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringId;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Invitation;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Program;
import org.hearth.programs.Programs;
import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;

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
 * A person's trainings and meetings, one gathering's page (answer, attendance,
 * reflections), and staff's list and scheduling form. Who may see and do what is decided
 * by {@link Gatherings}, never by the page.
 */
@Controller
class GatheringController {

	private final Gatherings gatherings;

	private final Programs catalog;

	GatheringController(Gatherings gatherings, Programs catalog) {
		this.gatherings = gatherings;
		this.catalog = catalog;
	}

	@GetMapping("/gatherings")
	String mine(@AuthenticationPrincipal HearthUser user, Model model) {
		Instant now = gatherings.now();
		var upcoming = new ArrayList<Line>();
		var past = new ArrayList<Line>();
		for (Gathering gathering : gatherings.of(user.id())) {
			Line line = new Line(gathering, gathering.invitationOf(user.id()).orElse(null),
					gatherings.takesAttendance(gathering, user));
			(gathering.begun(now) ? past : upcoming).add(line);
		}
		model.addAttribute("upcoming", upcoming);
		java.util.Collections.reverse(past);
		model.addAttribute("past", past);
		model.addAttribute("completed", gatherings.trainingsCompleted(user.id()));
		model.addAttribute("staff", user.role().compareTo(Role.STAFF) >= 0);
		return "gatherings/mine";
	}

	@GetMapping("/gatherings/{id}")
	String gathering(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("answerForm", new AnswerForm(null));
		model.addAttribute("reflectionForm", new ReflectionForm(""));
		return page(gatherings.visibleTo(new GatheringId(id), user), user, model);
	}

	@PostMapping("/gatherings/{id}/answer")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		GatheringId gatheringId = new GatheringId(id);
		Gathering gathering = gatherings.visibleTo(gatheringId, user);
		return Forms.submit(errors, () -> htmx.isHtmxRequest() ? answerOnly(gathering, user, model)
				: withForms(gathering, user, model, null), () -> {
					Invitation answered = RequestRefused.showing(GatheringForm.FIELDS,
							() -> gatherings.answer(gatheringId, user, form.answer()));
					String thanks = switch (answered.answer()) {
						case YES -> "Thank you. We look forward to seeing you.";
						case MAYBE -> "Thank you. Let us know once you're sure.";
						case NO -> "Thank you for letting us know. We'll miss you this time.";
					};
					if (htmx.isHtmxRequest()) {
						model.addAttribute("notice", thanks);
						return answerOnly(gatherings.visibleTo(gatheringId, user), user, model);
					}
					redirect.addFlashAttribute("notice", thanks);
					return "redirect:/gatherings/" + id;
				});
	}

	@PostMapping("/gatherings/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam(required = false) List<UUID> present,
			@RequestParam(defaultValue = "-1") long version, @AuthenticationPrincipal HearthUser user, Model model,
			RedirectAttributes redirect) {
		GatheringId gatheringId = new GatheringId(id);
		Set<PersonId> marked = new HashSet<>();
		if (present != null) {
			present.forEach(person -> marked.add(new PersonId(person)));
		}
		try {
			Gathering taken = gatherings.takeAttendance(gatheringId, user, marked, version);
			redirect.addFlashAttribute("notice", "Attendance is saved: " + taken.tookPart() + " of "
					+ taken.invitations().size() + " took part. Whoever missed it is offered the next one.");
			return "redirect:/gatherings/" + id;
		}
		catch (RequestRefused | org.springframework.dao.OptimisticLockingFailureException ex) {
			model.addAttribute("attendanceError", ex.getMessage());
			return withForms(gatherings.visibleTo(gatheringId, user), user, model, null);
		}
	}

	@PostMapping("/gatherings/{id}/reflections")
	String reflect(@PathVariable UUID id, @Valid @ModelAttribute("reflectionForm") ReflectionForm form,
			BindingResult errors, @AuthenticationPrincipal HearthUser user, Model model, RedirectAttributes redirect) {
		GatheringId gatheringId = new GatheringId(id);
		Gathering gathering = gatherings.visibleTo(gatheringId, user);
		return Forms.submit(errors, () -> withForms(gathering, user, model, "reflection"), () -> {
			gatherings.reflect(gatheringId, user, form.text());
			redirect.addFlashAttribute("notice",
					"Thank you. Your reflection is kept with the meeting, for leads and " + "staff to read.");
			return "redirect:/gatherings/" + id + "#reflections";
		});
	}

	@GetMapping("/staff/gatherings")
	String all(@AuthenticationPrincipal HearthUser user, Model model) {
		Instant now = gatherings.now();
		List<Gathering> all = gatherings.all(user);
		model.addAttribute("upcoming", all.stream().filter(g -> !g.begun(now)).toList());
		var recent = new ArrayList<>(all.stream().filter(g -> g.begun(now)).toList());
		java.util.Collections.reverse(recent);
		model.addAttribute("recent", recent);
		model.addAttribute("programs", programNames());
		model.addAttribute("answerYes", Answer.YES);
		return "gatherings/staff";
	}

	@GetMapping("/staff/gatherings/new")
	String newGathering(Model model) {
		model.addAttribute("form", GatheringForm.start());
		return formPage(model);
	}

	@PostMapping("/staff/gatherings")
	String schedule(@Valid @ModelAttribute("form") GatheringForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> formPage(model), () -> {
			List<Gathering> scheduled = RequestRefused.showing(GatheringForm.FIELDS,
					() -> gatherings.schedule(form.plan(), user));
			Gathering first = scheduled.get(0);
			redirect.addFlashAttribute("notice",
					first.named() + " is scheduled"
							+ (scheduled.size() > 1 ? " monthly, " + scheduled.size() + " times" : "") + ". "
							+ first.invitations().size() + " people are invited and told.");
			return "redirect:/gatherings/" + first.id();
		});
	}

	@PostMapping("/staff/gatherings/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		try {
			Gathering cancelled = gatherings.cancel(new GatheringId(id), user, version);
			redirect.addFlashAttribute("notice",
					cancelled.named() + " is cancelled. Everyone who had not said no is told.");
		}
		catch (RequestRefused | org.springframework.dao.OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/gatherings/" + id;
	}

	private String formPage(Model model) {
		model.addAttribute("kinds", GatheringKind.values());
		model.addAttribute("programs", catalog.programs());
		model.addAttribute("hosts", gatherings.hosts());
		model.addAttribute("zones", GatheringForm.ZONES);
		return "gatherings/form";
	}

	private String answerOnly(Gathering gathering, HearthUser user, Model model) {
		model.addAttribute("gathering", gathering);
		model.addAttribute("mine", gathering.invitationOf(user.id()).orElse(null));
		model.addAttribute("open", gathering.upcoming(gatherings.now()));
		model.addAttribute("answers", Answer.values());
		return "gatherings/answer :: answer";
	}

	/** The page again after a refused form, keeping the other form empty. */
	private String withForms(Gathering gathering, HearthUser user, Model model, String failed) {
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new AnswerForm(null));
		}
		if (!model.containsAttribute("reflectionForm")) {
			model.addAttribute("reflectionForm", new ReflectionForm(""));
		}
		return page(gathering, user, model);
	}

	private String page(Gathering gathering, HearthUser user, Model model) {
		Instant now = gatherings.now();
		boolean takes = gatherings.takesAttendance(gathering, user);
		var people = new ArrayList<PersonId>();
		if (takes) {
			gathering.invitations().forEach(invitation -> people.add(invitation.person()));
		}
		gathering.host().ifPresent(people::add);
		Map<PersonId, String> names = gatherings.namesOf(people);
		model.addAttribute("gathering", gathering);
		model.addAttribute("mine", gathering.invitationOf(user.id()).orElse(null));
		model.addAttribute("open", gathering.upcoming(now));
		model.addAttribute("begun", gathering.begun(now));
		model.addAttribute("answers", Answer.values());
		model.addAttribute("takesAttendance", takes);
		model.addAttribute("answerCounts", gathering.answered(Answer.YES) + " coming, "
				+ gathering.answered(Answer.MAYBE) + " maybe, " + gathering.answered(Answer.NO) + " not coming, "
				+ gathering.invitations().stream().filter(i -> i.answer() == null).count() + " not answered yet.");
		model.addAttribute("invitees",
				takes ? gathering.invitations()
					.stream()
					.map(invitation -> new Invitee(invitation, names.getOrDefault(invitation.person(), "Someone")))
					.sorted(java.util.Comparator.comparing(Invitee::name, String.CASE_INSENSITIVE_ORDER))
					.toList() : List.of());
		model.addAttribute("hostName", gathering.host().map(names::get).orElse(null));
		model.addAttribute("program", gathering.audience().program() == null ? "every program"
				: catalog.program(gathering.audience().program()).map(Program::name).orElse("a program"));
		model.addAttribute("staff", user.role().compareTo(Role.STAFF) >= 0);
		boolean reflective = gathering.kind() == GatheringKind.LEAD_MEETING && user.role().compareTo(Role.LEAD) >= 0;
		model.addAttribute("reflective", reflective);
		model.addAttribute("reflections", reflective ? gatherings.reflections(gathering.id(), user) : List.of());
		return "gatherings/gathering";
	}

	private Map<Object, String> programNames() {
		var names = new java.util.HashMap<Object, String>();
		catalog.programs().forEach(program -> names.put(program.id(), program.name()));
		return names;
	}

	/** One gathering on a person's page, with their own invitation. */
	record Line(Gathering gathering, Invitation mine, boolean runs) {
	}

	/** One invited person on the attendance form. */
	record Invitee(Invitation invitation, String name) {
	}

	/** Yes, no or maybe. */
	record AnswerForm(@NotNull(message = "Choose yes, no or maybe.") Answer answer) {
	}

	/** A reflection on a lead meeting. */
	record ReflectionForm(@NotBlank(message = "Write a few words of what you took from the meeting first.") @Size(
			max = 4000, message = "Please keep a reflection under 4,000 characters.") String text) {
	}

}
