package org.hearth.conduct.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hearth.shared.Forms;
import org.hearth.shared.ViewerZone;
import org.hearth.shared.RequestRefused;
import org.hearth.conduct.ReportCategory;
import org.hearth.conduct.ReportId;
import org.hearth.conduct.ReportStatus;
import org.hearth.conduct.Reports;
import org.hearth.conduct.RiskSign;
import org.hearth.conduct.web.ConductForms.About;
import org.hearth.conduct.web.ConductForms.ReportForm;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.Role;

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
 * Anyone signed in reports a situation and follows where their report stands, and nothing
 * more.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final Accounts accounts;

	ReportController(Reports reports, Accounts accounts) {
		this.reports = reports;
		this.accounts = accounts;
	}

	@GetMapping("/conduct/reports/new")
	String newReport(@RequestParam(required = false) ReportCategory category, Model model) {
		return form(model, ReportForm.start(category));
	}

	@PostMapping("/conduct/reports")
	String file(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser reporter, ViewerZone zone, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> form(model, form), () -> {
			PersonId volunteer = form.about() == About.VOLUNTEER ? findVolunteer(form.volunteer()) : null;
			ReportStatus status = reports.file(form.toReport(volunteer, zone.zone()), reporter);
			redirect.addFlashAttribute("notice", "Thank you for telling us. " + status.explanation());
			return "redirect:/conduct/reports/" + status.id();
		});
	}

	@GetMapping("/conduct/reports")
	String mine(@AuthenticationPrincipal HearthUser reporter, Model model) {
		model.addAttribute("reports", reports.filedBy(reporter.id()));
		return "conduct/reports";
	}

	@GetMapping("/conduct/reports/{id}")
	String report(@PathVariable UUID id, @AuthenticationPrincipal HearthUser reporter, Model model) {
		model.addAttribute("report", reports.status(new ReportId(id), reporter.id()));
		return "conduct/report";
	}

	/**
	 * The volunteer named by exact e-mail or exact name; several people of one name ask
	 * for the e-mail.
	 */
	private PersonId findVolunteer(String nameOrEmail) {
		if (nameOrEmail == null || nameOrEmail.isBlank()) {
			throw new RequestRefused("volunteer", "Give the volunteer's name or e-mail.");
		}
		String wanted = nameOrEmail.strip().toLowerCase(Locale.ROOT);
		List<Person> matches = accounts.search(null, nameOrEmail.strip())
			.stream()
			.filter(person -> person.role() == Role.VOLUNTEER || person.role() == Role.LEAD)
			.filter(person -> person.email().equals(wanted)
					|| person.displayName().toLowerCase(Locale.ROOT).equals(wanted))
			.toList();
		if (matches.size() > 1) {
			throw new RequestRefused("volunteer", "More than one volunteer has that name; give their e-mail instead.");
		}
		if (matches.isEmpty()) {
			throw new RequestRefused("volunteer", "We couldn't find a volunteer by that name or e-mail.");
		}
		return matches.get(0).id();
	}

	private String form(Model model, ReportForm form) {
		model.addAttribute("form", form);
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("riskSigns", RiskSign.values());
		return "conduct/report-form";
	}

}
