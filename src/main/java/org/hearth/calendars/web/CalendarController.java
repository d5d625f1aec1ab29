package org.hearth.calendars.web;

import org.hearth.calendars.CalendarFeeds;
import org.hearth.people.HearthUser;
import org.hearth.shared.NotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a person makes, replaces or turns off their private calendar address,
 * and the feed itself at that address.
 */
@Controller
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar")
	String page(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("madeAt", feeds.madeAt(user.id()).orElse(null));
		return "calendars/calendar";
	}

	/**
	 * A new address, shown on the page this once: Hearth keeps only its fingerprint. The
	 * answer is the page itself rather than a redirect, so the address is never stored in
	 * the session.
	 */
	@PostMapping("/calendar/address")
	String newAddress(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("address", feeds.newAddress(user));
		model.addAttribute("madeAt", feeds.madeAt(user.id()).orElse(null));
		return "calendars/calendar";
	}

	@PostMapping("/calendar/off")
	String turnOff(@AuthenticationPrincipal HearthUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice",
				feeds.turnOff(user)
						? "Your calendar feed is off; its address no longer works. Calendar apps keep what they copied "
								+ "until you remove the subscription."
						: "Your calendar feed was already off.");
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/{secret}.ics")
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String secret) {
		String feed = feeds.feed(secret)
			.orElseThrow(() -> new NotFound("There is no calendar at this address. Its owner may have made a new one "
					+ "or turned it off; they find their current address in Hearth, under Calendar."));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Robots-Tag", "noindex")
			.body(feed);
	}

}
