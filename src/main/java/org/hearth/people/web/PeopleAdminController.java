package org.hearth.people.web;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.hearth.people.AccountException;
import org.hearth.people.Accounts;
import org.hearth.people.LeadType;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.Role;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Admins find people and change their roles. */
@Controller
class PeopleAdminController {

	private final Accounts accounts;

	PeopleAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/people")
	String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, HtmxRequest htmx,
			HttpServletRequest request, Model model) {
		ResultPage<Person> people = accounts.search(role, q, Paging.of(page, size));
		model.addAttribute("people", people.items());
		model.addAttribute("pages", PageLinks.of(people, request));
		model.addAttribute("roles", Role.values());
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "people/people :: results" : "people/people";
	}

	@GetMapping("/admin/people/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("person", accounts.findPerson(new PersonId(id))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no one with this id")));
		model.addAttribute("roles", Role.values());
		model.addAttribute("leadTypes", LeadType.values());
		return "people/person";
	}

	@PostMapping("/admin/people/{id}/role")
	String changeRole(@PathVariable UUID id, @RequestParam Role role, @RequestParam(required = false) LeadType leadType,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		PersonId personId = new PersonId(id);
		try {
			var person = accounts.changeRole(personId, role, leadType, version);
			redirect.addFlashAttribute("notice", person.displayName() + " is now " + role.label().toLowerCase() + ".");
			return "redirect:/admin/people/" + id;
		}
		catch (AccountException | OptimisticLockingFailureException ex) {
			model.addAttribute("roleError", ex.getMessage());
			return show(id, model);
		}
	}

}
