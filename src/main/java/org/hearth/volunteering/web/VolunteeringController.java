package org.hearth.volunteering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;
import org.hearth.shared.RequestRefused;
import org.hearth.people.Accounts;
import org.hearth.people.Accounts.PersonChoice;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.Program;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.EnrolmentState;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.Enrolments.EnrolmentLine;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.Volunteers;
import org.hearth.volunteering.web.EnrolmentViews.EnrolmentView;
import org.hearth.volunteering.web.VolunteeringForms.AwayForm;
import org.hearth.volunteering.web.VolunteeringForms.CapacityForm;
import org.hearth.volunteering.web.VolunteeringForms.LeadForm;
import org.hearth.volunteering.web.VolunteeringForms.PauseForm;
import org.hearth.volunteering.web.VolunteeringForms.ServiceForm;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for a volunteer's own service, for lead volunteers and their volunteers, and for
 * staff.
 */
@Controller
class VolunteeringController {

	/**
	 * How many people with the lead role the form offers at once; typing narrows them.
	 */
	static final int CANDIDATES = 25;

	private final Enrolments enrolments;

	private final EnrolmentViews views;

	private final ServiceLog serviceLog;

	private final LeadVolunteers leads;

	private final Volunteers volunteers;

	private final Accounts accounts;

	private final Programs catalog;

	private final MessageSource messages;

	private final Clock clock;

	VolunteeringController(Enrolments enrolments, EnrolmentViews views, ServiceLog serviceLog, LeadVolunteers leads,
			Volunteers volunteers, Accounts accounts, Programs catalog, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.enrolments = enrolments;
		this.views = views;
		this.serviceLog = serviceLog;
		this.leads = leads;
		this.volunteers = volunteers;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	// The volunteer

	@GetMapping("/service")
	String service(@AuthenticationPrincipal HearthUser user, @RequestParam(name = "for", required = false) UUID formFor,
			Model model) {
		return servicePage(user, model, ServiceForm.on(LocalDate.now(clock)), formFor);
	}

	@PostMapping("/service/{id}/entries")
	String log(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> servicePage(user, model, form, id), () -> {
			RequestRefused.showing(VolunteeringForms.SERVICE_FIELDS,
					() -> serviceLog.log(new EnrolmentId(id), user, form.servedOn(), form.amount(), form.note()));
			redirect.addFlashAttribute("notice", "Logged. Your lead volunteer will approve it.");
			return "redirect:/service";
		});
	}

	@PostMapping("/service/{id}/pause")
	String pause(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, @ModelAttribute PauseForm form,
			RedirectAttributes redirect) {
		return act(redirect, "/service", () -> {
			Enrolment paused = enrolments.pause(new EnrolmentId(id), user, form.until());
			return "You're paused until " + paused.pausedUntil() + ". Your lead and staff know. Take good care.";
		});
	}

	@PostMapping("/service/{id}/resume")
	String resume(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "/service", () -> {
			enrolments.resume(new EnrolmentId(id), user);
			return "Welcome back. You're serving again.";
		});
	}

	@PostMapping("/service/{id}/renewal")
	String renew(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "/service", () -> "Thank you: your commitment now runs until "
				+ enrolments.renew(new EnrolmentId(id), user).commitmentEndsOn() + ".");
	}

	@PostMapping("/service/{id}/wind-down")
	String windDown(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, "/service", () -> {
			enrolments.windDown(new EnrolmentId(id), user, reason);
			return "Your service has ended. Thank you for all you gave; staff will be in touch to make the transition easy.";
		});
	}

	// The lead volunteer

	@GetMapping("/lead/volunteers")
	String led(@AuthenticationPrincipal HearthUser user, HtmxRequest htmx, Model model) {
		model.addAttribute("waiting", views.waiting(serviceLog.waitingFor(user)));
		if (htmx.isHtmxRequest()) {
			return "volunteering/waiting :: waiting";
		}
		model.addAttribute("volunteers", views.of(enrolments.ledBy(user.id())));
		model.addAttribute("profiles", leads.servingProfilesOf(user.id()));
		model.addAttribute("programNames", programNames());
		return "volunteering/lead-volunteers";
	}

	@GetMapping("/lead/volunteers/{id}")
	String volunteer(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, Model model) {
		return detail(user, id, model);
	}

	@PostMapping("/lead/service-entries/{id}/decision")
	String decide(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, @RequestParam boolean approve,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (htmx.isHtmxRequest()) {
			try {
				serviceLog.decide(id, approve, user);
				model.addAttribute("notice", approve ? "Approved." : "Declined.");
			}
			catch (RequestRefused | OptimisticLockingFailureException ex) {
				model.addAttribute("problem", ex.getMessage());
			}
			model.addAttribute("waiting", views.waiting(serviceLog.waitingFor(user)));
			model.addAttribute("volunteers", views.of(enrolments.ledBy(user.id())));
			return "volunteering/waiting :: decided";
		}
		return act(redirect, "/lead/volunteers", () -> {
			serviceLog.decide(id, approve, user);
			return approve ? "Approved." : "Declined.";
		});
	}

	@GetMapping("/lead/away")
	String away(@AuthenticationPrincipal HearthUser user, Model model) {
		return awayPage(user, model, new AwayForm(LocalDate.now(clock).plusWeeks(1), null));
	}

	@PostMapping("/lead/away")
	String goAway(@AuthenticationPrincipal HearthUser user, @Valid @ModelAttribute("form") AwayForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> awayPage(user, model, form), () -> {
			LeadProfile profile = leads.goAway(user.id(), form.until(), new PersonId(form.cover()));
			redirect.addFlashAttribute("notice", "Enjoy your time away. " + enrolments.nameOf(profile.cover())
					+ " covers for you until " + profile.awayUntil() + ".");
			return "redirect:/lead/away";
		});
	}

	@PostMapping("/lead/back")
	String back(@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		return act(redirect, "/lead/away", () -> {
			leads.comeBack(user.id());
			return "Welcome back.";
		});
	}

	/**
	 * A lead's own capacity in a program: they may lower it to say no to more volunteers;
	 * only staff raise it.
	 */
	@GetMapping("/lead/capacity")
	String ownCapacity(@AuthenticationPrincipal HearthUser user, @RequestParam(required = false) UUID program,
			Model model, RedirectAttributes redirect) {
		return withProfile(user.id(), program, "/lead/volunteers", redirect,
				profile -> capacityPage(model, profile, CapacityForm.of(profile), false));
	}

	@PostMapping("/lead/capacity")
	String lowerOwnCapacity(@AuthenticationPrincipal HearthUser user, @Valid @ModelAttribute("form") CapacityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return saveCapacity(user, user.id(), form, errors, model, redirect, "/lead/volunteers", false);
	}

	// Staff

	@GetMapping("/staff/enrolments")
	String list(@RequestParam(required = false) EnrolmentState state, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, HtmxRequest htmx, HttpServletRequest request, Model model) {
		ResultPage<EnrolmentLine> list = enrolments.page(state, Paging.of(page, size));
		model.addAttribute("list", list.items());
		model.addAttribute("pages", PageLinks.of(list, request));
		model.addAttribute("state", state);
		model.addAttribute("states", EnrolmentState.values());
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "volunteering/enrolments :: list"
				: "volunteering/enrolments";
	}

	@GetMapping("/staff/enrolments/{id}")
	String staffDetail(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, Model model) {
		return detail(user, id, model);
	}

	/**
	 * Reassigns from the page's form, which carries the version of the enrolment it
	 * showed: a page that another staff member's change made stale is refused, not
	 * obeyed. A request without a version (not from the page) compares nothing, as in the
	 * API.
	 */
	@PostMapping("/staff/enrolments/{id}/lead")
	String reassign(@PathVariable UUID id, @RequestParam(required = false) UUID lead,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return act(redirect, "/staff/enrolments/" + id, () -> {
			if (lead == null) {
				throw new RequestRefused("lead", "Choose a lead volunteer.");
			}
			if (reason == null || reason.isBlank()) {
				throw new RequestRefused("reason",
						"Say why you are connecting them to another lead; it stays in their history.");
			}
			enrolments.reassign(new EnrolmentId(id), new PersonId(lead), reason, version);
			return "Connected to " + enrolments.nameOf(new PersonId(lead)) + ".";
		});
	}

	@GetMapping("/staff/leads")
	String leads(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String who, HttpServletRequest request, Model model) {
		return leadsPage(model, LeadForm.empty(), who, Paging.of(page, size), request);
	}

	/**
	 * The people with the lead role whose name or e-mail holds what was typed, as the
	 * choice of the form that makes someone a lead; the page asks for it as one types.
	 */
	@GetMapping("/staff/leads/candidates")
	String leadCandidates(@RequestParam(required = false) String who, Model model) {
		candidates(model, who, null);
		model.addAttribute("leadError", null);
		return "volunteering/leads :: candidates";
	}

	@PostMapping("/staff/leads")
	String register(@Valid @ModelAttribute("form") LeadForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> leadsPage(model, form, null, Paging.first(), request), () -> {
			LeadProfile profile = leads.register(new PersonId(form.lead()), new ProgramId(form.program()),
					form.capacity(), form.languages(), form.timeZone());
			redirect.addFlashAttribute("notice", profile.name() + " is now a lead of the program.");
			return "redirect:/staff/leads";
		});
	}

	/** The page that changes how many volunteers a lead accompanies in one program. */
	@GetMapping("/staff/leads/{id}/capacity")
	String capacity(@PathVariable UUID id, @RequestParam(required = false) UUID program, Model model,
			RedirectAttributes redirect) {
		return withProfile(new PersonId(id), program, "/staff/leads", redirect,
				profile -> capacityPage(model, profile, CapacityForm.of(profile), true));
	}

	@PostMapping("/staff/leads/{id}/capacity")
	String changeCapacity(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CapacityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return saveCapacity(user, new PersonId(id), form, errors, model, redirect, "/staff/leads", true);
	}

	/**
	 * A lead steps down only once staff confirm it on a page that says how many
	 * volunteers move to other leads; the first press only asks.
	 */
	@PostMapping("/staff/leads/{id}/step-down")
	String stepDown(@PathVariable UUID id, @RequestParam(required = false) UUID program,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String confirmed,
			Model model, RedirectAttributes redirect) {
		PersonId person = new PersonId(id);
		return withProfile(person, program, "/staff/leads", redirect, lead -> {
			String programName = programNames().getOrDefault(lead.program(), "the program");
			if (!"true".equals(confirmed)) {
				model.addAttribute("lead", lead);
				model.addAttribute("programName", programName);
				return "volunteering/step-down";
			}
			return act(redirect, "/staff/leads",
					() -> lead.name() + " no longer leads " + programName + "; "
							+ leads.stepDown(person, lead.program(), reason)
							+ " volunteer(s) connected to other leads; who led whom is kept.");
		});
	}

	private String saveCapacity(HearthUser user, PersonId lead, CapacityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, String back, boolean staff) {
		return withProfile(lead, form.program(), back, redirect,
				profile -> Forms.submit(errors, () -> capacityPage(model, profile, form, staff), () -> {
					LeadProfile changed = leads.changeCapacity(lead, profile.program(), form.capacity(), form.version(),
							user);
					String programName = programNames().getOrDefault(changed.program(), "the program");
					redirect.addFlashAttribute("notice",
							(staff ? changed.name() + " can now accompany up to " : "You now accompany up to ")
									+ changed.capacity() + " volunteers in " + programName + ".");
					return "redirect:" + back;
				}));
	}

	private String capacityPage(Model model, LeadProfile profile, CapacityForm form, boolean staff) {
		String programName = programNames().getOrDefault(profile.program(), "the program");
		model.addAttribute("profile", profile);
		model.addAttribute("programName", programName);
		model.addAttribute("heading", staff ? "How many volunteers " + profile.name() + " accompanies in " + programName
				: "How many volunteers you accompany in " + programName);
		model.addAttribute("form", form);
		model.addAttribute("staff", staff);
		int floor = Math.max(1, profile.load());
		model.addAttribute("capacityHint", staff ? "From " + floor + " (no fewer than they lead now) to 100."
				: "From " + floor + " (no fewer than you lead now) to " + profile.capacity() + ".");
		return "volunteering/capacity";
	}

	/**
	 * Shows a page for the lead's serving profile in the program, or in their only
	 * program when none is named; otherwise goes back to {@code back} saying why, by
	 * name, and what to do instead.
	 */
	private String withProfile(PersonId person, UUID program, String back, RedirectAttributes redirect,
			Function<LeadProfile, String> page) {
		List<LeadProfile> serving = leads.servingProfilesOf(person);
		Map<ProgramId, String> names = programNames();
		Optional<LeadProfile> chosen = program == null && serving.size() == 1 ? Optional.of(serving.get(0))
				: serving.stream().filter(p -> p.program().value().equals(program)).findFirst();
		if (chosen.isPresent()) {
			return page.apply(chosen.get());
		}
		boolean self = back.startsWith("/lead");
		String name = accounts.find(person).map(p -> p.displayName()).orElse(null);
		String problem;
		if (name == null) {
			problem = "That link names nobody Hearth knows as a lead volunteer. Choose the lead on the list below.";
		}
		else if (serving.isEmpty()) {
			problem = (self ? "You don't" : name + " doesn't") + " lead a program now"
					+ (self ? "; staff make someone a lead of a program." : "; the list below shows who does.");
		}
		else if (program == null) {
			problem = (self ? "You lead " : name + " leads ") + serving.size() + " programs ("
					+ String.join(", ",
							serving.stream().map(p -> names.getOrDefault(p.program(), "a program")).toList())
					+ (self ? "). Follow the link beside the program you mean."
							: "). Choose the program on its own row of the list below.");
		}
		else {
			problem = (self ? "You don't" : name + " doesn't") + " lead "
					+ names.getOrDefault(new ProgramId(program), "that program") + " now"
					+ (self ? "." : "; the list below shows where they lead.");
		}
		redirect.addFlashAttribute("problem", problem);
		return "redirect:" + back;
	}

	private Map<ProgramId, String> programNames() {
		return catalog.programs().stream().collect(Collectors.toMap(Program::id, Program::name));
	}

	private String servicePage(HearthUser user, Model model, ServiceForm form, UUID formFor) {
		List<Enrolment> mine = enrolments.ofVolunteer(user.id());
		UUID logFor = formFor != null ? formFor
				: mine.stream().filter(e -> e.state().inService()).findFirst().map(e -> e.id().value()).orElse(null);
		model.addAttribute("mine", views.of(mine));
		model.addAttribute("waitingByEnrolment", serviceLog.waitingOf(user.id()));
		model.addAttribute("form", form);
		model.addAttribute("formFor", logFor);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("record", volunteers.serviceRecord(user.id()));
		return "volunteering/service";
	}

	private String detail(HearthUser user, UUID id, Model model) {
		Enrolment enrolment = enrolments.visibleTo(user, new EnrolmentId(id));
		EnrolmentView view = views.of(enrolment);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("view", view);
		model.addAttribute("fulfilment", view.fulfilment());
		model.addAttribute("entries", serviceLog.entries(enrolment.id()));
		model.addAttribute("history", enrolments.leadHistory(enrolment.id()));
		boolean staff = user.role().compareTo(Role.STAFF) >= 0;
		model.addAttribute("staff", staff);
		boolean reassignable = staff && enrolment.state().inService();
		model.addAttribute("suggestions",
				reassignable ? enrolments.suggestLeads(enrolment.program(), enrolment.languages(), enrolment.timeZone())
					.stream()
					.filter(s -> !s.candidate().lead().equals(enrolment.lead()))
					.toList() : List.of());
		model.addAttribute("unavailable",
				reassignable ? enrolments.unavailableLeads(enrolment.program(), enrolment.lead()) : List.of());
		model.addAttribute("record", staff ? volunteers.serviceRecord(enrolment.volunteer()) : List.of());
		return "volunteering/enrolment";
	}

	/**
	 * The lead's away page; a cover covers in every program the lead leads, so only leads
	 * of all of them are offered.
	 */
	private String awayPage(HearthUser user, Model model, AwayForm form) {
		List<LeadProfile> mine = leads.servingProfilesOf(user.id());
		Set<ProgramId> programs = mine.stream().map(LeadProfile::program).collect(Collectors.toSet());
		Map<PersonId, List<LeadProfile>> others = leads.all()
			.stream()
			.filter(p -> p.serving() && !p.lead().equals(user.id()) && programs.contains(p.program()))
			.collect(Collectors.groupingBy(LeadProfile::lead, java.util.LinkedHashMap::new, Collectors.toList()));
		LeadProfile profile = mine.isEmpty() ? null : mine.get(0);
		model.addAttribute("profile", profile);
		model.addAttribute("coverName",
				profile == null || profile.awayUntil() == null ? "" : enrolments.nameOf(profile.cover()));
		model.addAttribute("programCount", programs.size());
		model.addAttribute("form", form);
		model.addAttribute("covers",
				others.values()
					.stream()
					.filter(theirs -> theirs.size() == programs.size())
					.map(theirs -> theirs.get(0))
					.toList());
		return "volunteering/lead-away";
	}

	private String leadsPage(Model model, LeadForm form, String who, Paging paging, HttpServletRequest request) {
		ResultPage<LeadProfile> page = leads.all(paging);
		List<Program> programs = catalog.programs();
		Map<ProgramId, String> programNames = programs.stream().collect(Collectors.toMap(Program::id, Program::name));
		model.addAttribute("leads",
				page.items()
					.stream()
					.map(lead -> new LeadLine(lead, programNames.getOrDefault(lead.program(), "")))
					.toList());
		model.addAttribute("pages", PageLinks.of(page, request));
		model.addAttribute("form", form);
		candidates(model, who, form.lead());
		BindingResult errors = Forms.errorsShownAgain(request);
		FieldError leadError = errors == null ? null : errors.getFieldError("lead");
		// A lead id that does not read as one has only the converter's own words as its
		// default message; the message source has the warm one.
		model.addAttribute("leadError",
				leadError == null ? null : messages.getMessage(leadError, LocaleContextHolder.getLocale()));
		model.addAttribute("programs", programs);
		return "volunteering/leads";
	}

	/**
	 * The people the form offers: those whose name or e-mail holds {@code who}, and the
	 * one already chosen when the form comes back with an error.
	 */
	private void candidates(Model model, String who, UUID chosen) {
		List<PersonChoice> found = new ArrayList<>(accounts.choices(Role.LEAD, who, CANDIDATES));
		boolean more = found.size() > CANDIDATES;
		if (more) {
			found.subList(CANDIDATES, found.size()).clear();
		}
		if (chosen != null && found.stream().noneMatch(p -> p.id().value().equals(chosen))) {
			accounts.find(new PersonId(chosen))
				.filter(p -> p.role() == Role.LEAD)
				.ifPresent(p -> found.add(0, new PersonChoice(p.id(), p.displayName(), p.email())));
		}
		model.addAttribute("who", who == null ? "" : who.strip());
		model.addAttribute("candidates", found);
		model.addAttribute("moreCandidates", more);
		model.addAttribute("chosenLead", chosen);
	}

	/** A lead on the staff's list, with their program's name. */
	record LeadLine(LeadProfile profile, String programName) {
	}

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
