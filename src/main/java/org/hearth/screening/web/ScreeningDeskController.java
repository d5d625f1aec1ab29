package org.hearth.screening.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.hearth.shared.RequestRefused;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.KeptMessages;
import org.hearth.screening.KeptMessages.KeptMessage;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.live.LiveScreening;
import org.hearth.screening.live.PhraseRules;
import org.hearth.screening.live.PhraseRules.Audience;
import org.hearth.screening.live.PhraseRules.Kind;

import org.springframework.beans.factory.ObjectProvider;
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

	/** How far back the preview counts kept messages, and at most how many. */
	static final Duration REACH_WINDOW = Duration.ofDays(30);

	static final int REACH_LIMIT = 2_000;

	private final PhraseRules rules;

	private final KeptMessages kept;

	private final Clock clock;

	ScreeningDeskController(LiveScreening screening, PhraseRules rules, ObjectProvider<KeptMessages> kept,
			Clock clock) {
		this.screening = screening;
		this.rules = rules;
		this.kept = kept.getIfAvailable(() -> (since, limit) -> List.of());
		this.clock = clock;
	}

	@GetMapping("/staff/screening")
	String desk(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("previous", "");
		model.addAttribute("role", AuthorRole.VOLUNTEER);
		return "screening/desk";
	}

	/**
	 * Screens pasted text as the live path would. The message it answers is optional:
	 * given, it is read as the conversation before it, so a "do it" after "I want to die"
	 * or a "yes" to "are you thinking of killing yourself?" shows what it means there.
	 */
	@PostMapping("/staff/screening")
	String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String previous,
			@RequestParam(defaultValue = "VOLUNTEER") AuthorRole role, HtmxRequest htmx, Model model) {
		model.addAttribute("text", text);
		model.addAttribute("previous", previous);
		model.addAttribute("role", role);
		if (text.isBlank()) {
			model.addAttribute("textError", "Paste the message you want to check.");
		}
		else if (text.length() > MAX_PASTE) {
			model.addAttribute("textError", "Paste at most 20,000 characters at a time.");
		}
		else if (previous.length() > MAX_PASTE) {
			model.addAttribute("previousError", "Paste at most 20,000 characters of the earlier message.");
		}
		else {
			List<String> earlier = previous.isBlank() ? List.of() : List.of(previous);
			show(model, "result", text, screening.screen(text, role, earlier));
		}
		return htmx.isHtmxRequest() ? "screening/desk :: result" : "screening/desk";
	}

	@GetMapping("/admin/screening")
	String phrases(Model model) {
		model.addAttribute("phrases", rules.all());
		model.addAttribute("categories", Category.values());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("form", new PhraseForm(null, Kind.ADDED, "", "", Audience.BOTH));
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
			PhraseOverrides withChange = rules.overridesWith(form.category(), form.kind(), form.phrase(),
					form.audience());
			String sample = form.sample().length() > MAX_PASTE ? form.sample().substring(0, MAX_PASTE) : form.sample();
			AuthorRole author = form.audience() == Audience.MEMBERS ? AuthorRole.MEMBER : AuthorRole.VOLUNTEER;
			model.addAttribute("sampleAuthor", author == AuthorRole.MEMBER ? "a member" : "a volunteer");
			show(model, "before", sample, screening.screen(sample, author, List.of()));
			show(model, "after", sample, screening.preview(sample, author, withChange));
			model.addAttribute("reach", reach(rules.check(form.phrase()), form.audience()));
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
			var added = rules.add(form.category(), form.kind(), form.phrase(), form.audience());
			screening.refresh();
			redirect.addFlashAttribute("notice",
					"Saved: \"" + added.phrase() + "\" is now " + (added.kind() == Kind.ADDED ? "flagged" : "allowed")
							+ " in " + added.category() + ", in " + added.audience().label() + ".");
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

	/**
	 * How many of the recent messages Hearth keeps hold the phrase: only flagged
	 * messages' excerpts are kept, so this is a floor, never the share of everyday talk.
	 */
	private Reach reach(String phrase, Audience audience) {
		List<KeptMessage> recent = kept.since(clock.instant().minus(REACH_WINDOW), REACH_LIMIT)
			.stream()
			.filter(message -> audience.includes(message.author()))
			.toList();
		long matched = recent.stream().filter(message -> rules.occursIn(message.text(), phrase)).count();
		return new Reach(matched, recent.size(), REACH_WINDOW.toDays());
	}

	/** The preview's count over kept messages. */
	record Reach(long matched, int kept, long days) {
	}

	private static void show(Model model, String name, String text, ScreeningResult result) {
		model.addAttribute(name, result);
		model.addAttribute(name + "Highlights", Highlights.of(text, result.findings()));
	}

	/** A phrase to add or allow, with a sample message to try it on. */
	record PhraseForm(Category category, Kind kind, String phrase, String sample, Audience audience) {

		PhraseForm {
			kind = kind == null ? Kind.ADDED : kind;
			audience = audience == null ? Audience.BOTH : audience;
		}

	}

}
