package org.hearth.notifications.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hearth.notifications.Delivery;
import org.hearth.notifications.Inbox;
import org.hearth.notifications.InboxEntry;
import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.NotificationId;
import org.hearth.people.HearthUser;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own notifications: the bell with the unread count, the list, marking read,
 * and how they want to hear about each topic. Every action is on the signed-in person's
 * own notifications; another person's is not found.
 */
@Controller
class NotificationsController {

	/** Tells the bell on the page to count again after something was marked read. */
	static final String CHANGED = "notifications-changed";

	private final Inbox inbox;

	NotificationsController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@AuthenticationPrincipal HearthUser me, HtmxRequest htmx, HttpServletRequest request, Model model) {
		ResultPage<InboxEntry> entries = inbox.page(me.id(), paging(page, size));
		model.addAttribute("entries", entries.items());
		model.addAttribute("pages", PageLinks.of(entries, request));
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return "notifications/list :: entries";
		}
		model.addAttribute("unread", inbox.unread(me.id()));
		return "notifications/list";
	}

	/**
	 * A page of the list: {@link Inbox#PAGE_SIZE} notifications unless asked for another
	 * size.
	 */
	private static Paging paging(String page, String size) {
		return Paging.of(page, size == null || size.isBlank() ? String.valueOf(Inbox.PAGE_SIZE) : size);
	}

	@GetMapping("/notifications/bell")
	String bell(@AuthenticationPrincipal HearthUser me, Model model) {
		model.addAttribute("unread", inbox.unread(me.id()));
		return "notifications/bell :: bell";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id, @AuthenticationPrincipal HearthUser me, HtmxRequest htmx,
			HttpServletResponse response, Model model) {
		var entry = inbox.markRead(new NotificationId(id), me.id());
		if (htmx.isHtmxRequest()) {
			response.setHeader("HX-Trigger", CHANGED);
			model.addAttribute("n", entry);
			return "notifications/list :: entry";
		}
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(@AuthenticationPrincipal HearthUser me, HtmxRequest htmx, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		int marked = inbox.markAllRead(me.id());
		if (htmx.isHtmxRequest()) {
			response.setHeader("HX-Trigger", CHANGED);
			ResultPage<InboxEntry> entries = inbox.page(me.id(), paging(null, null));
			model.addAttribute("entries", entries.items());
			model.addAttribute("pages", PageLinks.at("/notifications", entries));
			return "notifications/list :: entries";
		}
		redirect.addFlashAttribute("notice",
				marked == 1 ? "Marked one notification as read." : "Marked " + marked + " notifications as read.");
		return "redirect:/notifications";
	}

	/** Marks the notification read and goes where it points. */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id, @AuthenticationPrincipal HearthUser me) {
		return "redirect:" + inbox.open(new NotificationId(id), me.id()).orElse("/notifications");
	}

	@GetMapping("/notifications/preferences")
	String preferences(@AuthenticationPrincipal HearthUser me, Model model) {
		return preferencesPage(model, inbox.preferences(me.id()), Map.of());
	}

	@PostMapping("/notifications/preferences")
	String choose(@RequestParam Map<String, String> form, @AuthenticationPrincipal HearthUser me, Model model,
			RedirectAttributes redirect) {
		var choices = new EnumMap<Topic, Delivery>(Topic.class);
		var errors = new LinkedHashMap<Topic, String>();
		for (Topic topic : Topic.values()) {
			String value = form.get(topic.name());
			Delivery delivery = parse(value);
			if (delivery == null) {
				errors.put(topic, "Choose how you want to hear about this.");
			}
			else {
				choices.put(topic, delivery);
			}
		}
		if (!errors.isEmpty()) {
			var shown = new EnumMap<>(inbox.preferences(me.id()));
			shown.putAll(choices);
			return preferencesPage(model, shown, errors);
		}
		inbox.choose(me.id(), choices);
		redirect.addFlashAttribute("notice", "Saved. Hearth will tell you the way you chose.");
		return "redirect:/notifications/preferences";
	}

	private String preferencesPage(Model model, Map<Topic, Delivery> chosen, Map<Topic, String> errors) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		return "notifications/preferences";
	}

	private static Delivery parse(String value) {
		if (value == null) {
			return null;
		}
		for (Delivery delivery : Delivery.values()) {
			if (delivery.name().equals(value)) {
				return delivery;
			}
		}
		return null;
	}

}
