package org.hearth.volunteering.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.EnrolmentState;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.Enrolments.EnrolmentLine;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.web.VolunteeringForms.CapacityForm;
import org.hearth.volunteering.web.VolunteeringForms.LeadForm;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import static org.hearth.volunteering.web.VolunteeringForms.act;

/**
 * Staff's pages of volunteering: every enrolment and who leads it, and the lead
 * volunteers of each program with their capacity.
 */
@Controller
class StaffVolunteeringController {

	/**
	 * How many people with the lead role the form offers at once; typing narrows them.
	 */
	static final int CANDIDATES = 25;

	private final Enrolments enrolments;

	private final LeadVolunteers leads;

	private final Accounts accounts;

	private final Programs catalog;

	private final MessageSource messages;

	private final EnrolmentPage enrolmentPage;

	private final LeadPages leadPages;

	StaffVolunteeringController(Enrolments enrolments, LeadVolunteers leads, Accounts accounts, Programs catalog,
			MessageSource messages, EnrolmentPage enrolmentPage, LeadPages leadPages) {
		this.enrolments = enrolments;
		this.leads = leads;
		this.accounts = accounts;
		this.catalog = catalog;
		this.messages = messages;
		this.enrolmentPage = enrolmentPage;
		this.leadPages = leadPages;
	}

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
		return enrolmentPage.show(user, id, model);
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
		return leadPages.withProfile(new PersonId(id), program, "/staff/leads", redirect,
				profile -> leadPages.capacityPage(model, profile, CapacityForm.of(profile), true));
	}

	@PostMapping("/staff/leads/{id}/capacity")
	String changeCapacity(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CapacityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return leadPages.saveCapacity(user, new PersonId(id), form, errors, model, redirect, "/staff/leads", true);
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
		return leadPages.withProfile(person, program, "/staff/leads", redirect, lead -> {
			String programName = leadPages.programNames().getOrDefault(lead.program(), "the program");
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

}
