package org.hearth.spaces.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hearth.people.HearthUser;
import org.hearth.people.Role;
import org.hearth.programs.Program;
import org.hearth.programs.Programs;
import org.hearth.shared.Forms;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.ResultPage;
import org.hearth.spaces.Announcement;
import org.hearth.spaces.AnnouncementId;
import org.hearth.spaces.Announcements;
import org.hearth.spaces.Audience;
import org.hearth.spaces.SharedSpaces;
import org.hearth.spaces.SpaceId;
import org.hearth.spaces.SpaceKind;
import org.hearth.spaces.web.SpaceForms.AnnouncementForm;
import org.hearth.spaces.web.SpaceForms.SpaceForm;

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
 * The announcements everyone reads, the staff page where they are posted and withdrawn,
 * and the admins' list of shared spaces.
 */
@Controller
class SpacesController {

	/** How many current announcements the announcements page shows. */
	private static final int CURRENT = 50;

	private final SharedSpaces spaces;

	private final Announcements announcements;

	private final Programs programs;

	private final Clock clock;

	SpacesController(SharedSpaces spaces, Announcements announcements, Programs programs, Clock clock) {
		this.spaces = spaces;
		this.announcements = announcements;
		this.programs = programs;
		this.clock = clock;
	}

	@GetMapping("/announcements")
	String current(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("announcements", lines(announcements.currentFor(user, CURRENT)));
		model.addAttribute("spaces", spaces.forPerson(user));
		return "spaces/announcements";
	}

	@GetMapping("/staff/announcements")
	String staffPage(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			HttpServletRequest request, Model model) {
		model.addAttribute("form", AnnouncementForm.empty(LocalDate.now(clock)));
		return staffPage(Paging.of(page, size), request, model);
	}

	@PostMapping("/staff/announcements")
	String post(@Valid @ModelAttribute("form") AnnouncementForm form, BindingResult errors,
			@AuthenticationPrincipal HearthUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, SpaceForms.FIELDS, () -> staffPage(Paging.first(), request, model), () -> {
			Announcement posted = announcements.post(user, form.title(), form.body(), form.audience(), form.lastDay());
			redirect.addFlashAttribute("notice",
					"“" + posted.title() + "” is posted for " + announcements.describe(posted.audience()) + " until "
							+ posted.lastDay() + ". They are told in a moment, each the way they chose.");
			return "redirect:/staff/announcements";
		});
	}

	@PostMapping("/staff/announcements/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam long version, @AuthenticationPrincipal HearthUser user,
			RedirectAttributes redirect) {
		try {
			Announcement withdrawn = announcements.withdraw(user, new AnnouncementId(id), version);
			redirect.addFlashAttribute("notice", "“" + withdrawn.title() + "” no longer shows on anyone's home page.");
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/staff/announcements";
	}

	private String staffPage(Paging paging, HttpServletRequest request, Model model) {
		ResultPage<Announcement> page = announcements.all(paging);
		model.addAttribute("announcements", lines(page.items()));
		model.addAttribute("pages", PageLinks.of(page, request));
		choices(model);
		return "spaces/staff-announcements";
	}

	@GetMapping("/admin/spaces")
	String spaces(Model model) {
		Map<UUID, String> names = programNames();
		model.addAttribute("spaces",
				spaces.all()
					.stream()
					.map(space -> new SpaceLine(space.id().value(), space.name(), space.kind().label(), space.url(),
							describe(space.audience(), names), space.position(), space.version()))
					.toList());
		return "spaces/spaces";
	}

	@GetMapping("/admin/spaces/new")
	String newSpace(Model model) {
		model.addAttribute("form", SpaceForm.empty());
		return spaceForm("/admin/spaces", null, model);
	}

	@PostMapping("/admin/spaces")
	String add(@Valid @ModelAttribute("form") SpaceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, SpaceForms.FIELDS, () -> spaceForm("/admin/spaces", null, model), () -> {
			var added = spaces.add(form.toSpace(SpaceId.random()));
			redirect.addFlashAttribute("notice",
					added.name() + " is listed for " + announcements.describe(added.audience()) + ".");
			return "redirect:/admin/spaces";
		});
	}

	@GetMapping("/admin/spaces/{id}")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("form", SpaceForm.of(spaces.get(new SpaceId(id))));
		return spaceForm("/admin/spaces/" + id, id, model);
	}

	@PostMapping("/admin/spaces/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") SpaceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, SpaceForms.FIELDS, () -> spaceForm("/admin/spaces/" + id, id, model), () -> {
			var changed = spaces.change(form.toSpace(new SpaceId(id)));
			redirect.addFlashAttribute("notice", changed.name() + " is saved.");
			return "redirect:/admin/spaces";
		});
	}

	@PostMapping("/admin/spaces/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			spaces.remove(new SpaceId(id), version);
			redirect.addFlashAttribute("notice", "The space is no longer listed.");
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/spaces";
	}

	private String spaceForm(String action, UUID id, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("spaceId", id);
		model.addAttribute("kinds", SpaceKind.values());
		choices(model);
		return "spaces/space-form";
	}

	private void choices(Model model) {
		var roles = new LinkedHashMap<Role, String>();
		Audience.ROLES.forEach(role -> roles.put(role, Audience.label(role)));
		model.addAttribute("roles", roles);
		model.addAttribute("programs", programNames());
	}

	private Map<UUID, String> programNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Program program : programs.programs()) {
			names.put(program.id().value(), program.name());
		}
		return names;
	}

	private static String describe(Audience audience, Map<UUID, String> names) {
		return audience.describe(audience.program() == null ? null
				: names.getOrDefault(audience.program().value(), "a program no longer listed"));
	}

	private List<AnnouncementLine> lines(List<Announcement> list) {
		LocalDate today = LocalDate.now(clock);
		Map<UUID, String> names = programNames();
		return list.stream()
			.map(a -> new AnnouncementLine(a.id().value(), a.title(), a.body(), describe(a.audience(), names),
					a.postedAt(), a.lastDay(), a.current(today), a.withdrawnAt() != null, a.version()))
			.toList();
	}

	/** A space as the admins' list shows it. */
	record SpaceLine(UUID id, String name, String kind, String url, String audience, int position, long version) {
	}

	/** An announcement as a list shows it, its audience in words. */
	record AnnouncementLine(UUID id, String title, String body, String audience, java.time.Instant postedAt,
			LocalDate lastDay, boolean current, boolean withdrawn, long version) {
	}

}
