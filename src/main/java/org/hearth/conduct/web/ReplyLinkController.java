package org.hearth.conduct.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hearth.conduct.RepliesByLink;
import org.hearth.conduct.RepliesByLink.LinkNoLongerWorks;
import org.hearth.conduct.Reply;
import org.hearth.conduct.VolunteerConduct.DecisionNotice;
import org.hearth.conduct.web.ConductForms.ReplyForm;
import org.hearth.shared.Forms;
import org.hearth.shared.RequestRefused;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the link in a decision's e-mail, for a volunteer who cannot sign in:
 * the outcome and the reasons (never who reported), and one response or appeal. A link
 * that is unknown, used or expired gets one kind page that does not say which.
 */
@Controller
class ReplyLinkController {

	static final String GONE = "conduct/reply-link-gone";

	static final String PAGE = "conduct/reply-by-link";

	private final RepliesByLink replies;

	ReplyLinkController(RepliesByLink replies) {
		this.replies = replies;
	}

	@GetMapping("/conduct/replies/sent")
	String sent(@RequestParam(defaultValue = "false") boolean appeal, Model model) {
		model.addAttribute("appeal", appeal);
		return "conduct/reply-sent";
	}

	@GetMapping("/conduct/replies/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		keepTheTokenToThisPage(response);
		Optional<DecisionNotice> notice = replies.open(token);
		if (notice.isEmpty()) {
			return GONE;
		}
		model.addAttribute("form", ReplyForm.start(notice.get()));
		return show(token, notice.get(), model);
	}

	@PostMapping("/conduct/replies/{token}")
	String reply(@PathVariable String token, @Valid @ModelAttribute("form") ReplyForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		keepTheTokenToThisPage(response);
		Optional<DecisionNotice> notice = replies.open(token);
		if (notice.isEmpty()) {
			return GONE;
		}
		try {
			return Forms.submit(errors, () -> show(token, notice.get(), model), () -> {
				RequestRefused.showing(ConductForms.REPLY_FIELDS, () -> replies.reply(token, form.kind(), form.text()));
				return "redirect:/conduct/replies/sent" + (form.kind() == Reply.Kind.APPEAL ? "?appeal=true" : "");
			});
		}
		catch (LinkNoLongerWorks ex) {
			return GONE;
		}
	}

	private static String show(String token, DecisionNotice notice, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("decision", notice);
		return PAGE;
	}

	/**
	 * The token is a secret: no other site learns it from a link followed on the page.
	 */
	private static void keepTheTokenToThisPage(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}

}
