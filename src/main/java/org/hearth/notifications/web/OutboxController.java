package org.hearth.notifications.web;

import jakarta.servlet.http.HttpServletRequest;

import org.hearth.notifications.MailOutbox;
import org.hearth.notifications.OutboxEntry;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's view of e-mails still waiting to go out, with why they failed, and a way to try
 * them all again once the mail server is back. Under {@code /staff/**}: staff and admins.
 */
@Controller
class OutboxController {

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/staff/notifications/outbox")
	String waiting(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			HttpServletRequest request, Model model) {
		ResultPage<OutboxEntry> waiting = outbox.waiting(Paging.of(page, size));
		model.addAttribute("waiting", waiting.items());
		model.addAttribute("pages", PageLinks.of(waiting, request));
		return "notifications/outbox";
	}

	@PostMapping("/staff/notifications/outbox/retry")
	String retry(RedirectAttributes redirect) {
		int due = outbox.retryNow();
		redirect.addFlashAttribute("notice",
				due == 0 ? "Nothing was waiting for a later try." : "Trying " + due + " e-mail(s) again now.");
		return "redirect:/staff/notifications/outbox";
	}

}
