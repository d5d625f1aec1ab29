package org.hearth.site.web;

import java.util.Comparator;
import java.util.List;

import org.hearth.people.HearthUser;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The welcome page for visitors, and each signed-in person's home with what their role
 * needs.
 */
@Controller
class HomeController {

	private final List<HomeContribution> contributions;

	HomeController(List<HomeContribution> contributions) {
		this.contributions = contributions;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal HearthUser user, Model model) {
		if (user == null) {
			return "site/welcome";
		}
		model.addAttribute("cards",
				contributions.stream()
					.flatMap(contribution -> contribution.cardsFor(user).stream())
					.sorted(Comparator.comparingInt(HomeCard::order))
					.toList());
		return "site/home";
	}

}
