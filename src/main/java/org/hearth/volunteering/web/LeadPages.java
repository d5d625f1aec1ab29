package org.hearth.volunteering.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.shared.Forms;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.programs.Programs;
import org.hearth.programs.Program;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.web.VolunteeringForms.CapacityForm;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the lead's and the staff's pages about a lead's serving profile share: finding the
 * program meant, and changing the lead's capacity in it.
 */
@Component
class LeadPages {

	private final LeadVolunteers leads;

	private final Accounts accounts;

	private final Programs catalog;

	LeadPages(LeadVolunteers leads, Accounts accounts, Programs catalog) {
		this.leads = leads;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	/**
	 * Saves the lead's new capacity from the form, or shows the form again with what was
	 * wrong; {@code staff} says whose words the page speaks in.
	 */
	String saveCapacity(HearthUser user, PersonId lead, CapacityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, String back, boolean staff) {
		return withProfile(lead, form.program(), back, redirect,
				profile -> Forms.submit(errors, () -> capacityPage(model, profile, form, staff), () -> {
					LeadProfile changed = leads.changeCapacity(lead, profile.program(), form.capacity(), form.version(),
							user);
					String programName = programNames().getOrDefault(changed.program(), "the program");
					redirect.addFlashAttribute("notice",
							(staff ? changed.name() + " can now accompany up to " : "You now accompany up to ")
									+ changed.capacity()
									+ (changed.capacity() == 1 ? " volunteer in " : " volunteers in ") + programName
									+ ".");
					return "redirect:" + back;
				}));
	}

	/** The form that changes how many volunteers the lead accompanies in the program. */
	String capacityPage(Model model, LeadProfile profile, CapacityForm form, boolean staff) {
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
	String withProfile(PersonId person, UUID program, String back, RedirectAttributes redirect,
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

	/** Every program's name, by its id. */
	Map<ProgramId, String> programNames() {
		return catalog.programs().stream().collect(Collectors.toMap(Program::id, Program::name));
	}

}
