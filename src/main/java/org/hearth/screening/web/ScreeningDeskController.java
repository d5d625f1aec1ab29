package org.hearth.screening.web;

import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.hearth.shared.RequestRefused;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.live.LiveScreening;
import org.hearth.screening.live.PhraseRules;
import org.hearth.screening.live.PhraseRules.Kind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff paste text and see what screening finds, highlighted. Admins add and allow
 * phrases per category, trying a change on sample text before they save it.
 */
@Controller
class ScreeningDeskController {

	static final int MAX_PASTE = 20_000;

	private final LiveScreening screening;

	private final PhraseRules rules;

	ScreeningDeskController(LiveScreening screening, PhraseRules rules) {
		this.screening = screening;
		this.rules = rules;
	}

	@GetMapping("/staff/screening")
	String desk(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("role", AuthorRole.VOLUNTEER);
		return "screening/desk";
	}

	@PostMapping("/staff/screening")
	String check(@RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "VOLUNTEER") AuthorRole role, HtmxRequest htmx, Model model) {
		model.addAttribute("text", text);
		model.addAttribute("role", role);
		if (text.isBlank()) {
			model.addAttribute("textError", "Paste the message you want to check.");
		}
		else if (text.length() > MAX_PASTE) {
			model.addAttribute("textError", "Paste at most 20,000 characters at a time.");
		}
		else {
			show(model, "result", text, screening.screen(text, role, List.of()));
		}
		return htmx.isHtmxRequest() ? "screening/desk :: result" : "screening/desk";
	}

	@GetMapping("/admin/screening")
	String phrases(Model model) {
		model.addAttribute("phrases", rules.all());
		model.addAttribute("categories", Category.values());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("form", new PhraseForm(null, Kind.ADDED, "", ""));
		return "screening/phrases";
	}

	@PostMapping("/admin/screening/preview")
	String preview(PhraseForm form, Model model) {
		model.addAttribute("form", form);
		try {
			if (form.category() == null) {
				throw new RequestRefused("category", "Choose a category.");
			}
			if (form.sample() == null || form.sample().isBlank()) {
				throw new RequestRefused("sample", "Write a sample message to try the change on.");
			}
			PhraseOverrides withChange = rules.overridesWith(form.category(), form.kind(), form.phrase());
			String sample = form.sample().length() > MAX_PASTE ? form.sample().substring(0, MAX_PASTE) : form.sample();
			show(model, "before", sample, screening.screen(sample, AuthorRole.VOLUNTEER, List.of()));
			show(model, "after", sample, screening.preview(sample, AuthorRole.VOLUNTEER, withChange));
		}
		catch (RequestRefused ex) {
			model.addAttribute("previewError", ex.getMessage());
		}
		return "screening/phrases :: preview";
	}

	@PostMapping("/admin/screening/phrases")
	String add(PhraseForm form, Model model, RedirectAttributes redirect) {
		try {
			if (form.category() == null) {
				throw new RequestRefused("category", "Choose a category.");
			}
			var added = rules.add(form.category(), form.kind(), form.phrase());
			screening.refresh();
			redirect.addFlashAttribute("notice", "Saved: \"" + added.phrase() + "\" is now "
					+ (added.kind() == Kind.ADDED ? "flagged" : "allowed") + " in " + added.category() + ".");
			return "redirect:/admin/screening";
		}
		catch (RequestRefused ex) {
			phrases(model);
			model.addAttribute("form", form);
			model.addAttribute("phraseError", ex.getMessage());
			return "screening/phrases";
		}
	}

	@PostMapping("/admin/screening/phrases/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		rules.remove(id);
		screening.refresh();
		redirect.addFlashAttribute("notice", "Removed. The shipped rules for that category stay as they were.");
		return "redirect:/admin/screening";
	}

	private static void show(Model model, String name, String text, ScreeningResult result) {
		model.addAttribute(name, result);
		model.addAttribute(name + "Highlights", Highlights.of(text, result.findings()));
	}

	/** A phrase to add or allow, with a sample message to try it on. */
	record PhraseForm(Category category, Kind kind, String phrase, String sample) {

		PhraseForm {
			kind = kind == null ? Kind.ADDED : kind;
		}

	}

}
