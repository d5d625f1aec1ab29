package org.hearth.spaces;

import java.util.ArrayList;
import java.util.List;

import org.hearth.people.Role;
import org.hearth.shared.RequestAuthorizations;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the spaces and announcements, and what the home page shows of them: the
 * newest announcements first, and the person's spaces as links.
 */
@Configuration(proxyBeanMethods = false)
class SpacesConfiguration {

	/** How much of an announcement a home page card shows. */
	static final int CARD_TEXT = 280;

	@Bean
	RequestAuthorizations spacesAuthorizations() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/spaces", "/api/v1/announcements")
			.authenticated();
	}

	@Bean
	HomeContribution spacesOnHome(SharedSpaces spaces, Announcements announcements) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			for (Announcement announcement : announcements.currentFor(user, Announcements.ON_HOME)) {
				String body = announcement.body();
				String text = body.length() <= CARD_TEXT ? body : body.substring(0, CARD_TEXT).strip() + "…";
				cards.add(new HomeCard(4, announcement.title(), text,
						List.of(new HomeLink("All announcements", "/announcements"))));
			}
			var links = new ArrayList<HomeLink>();
			spaces.forPerson(user).forEach(space -> links.add(new HomeLink(space.name(), space.url())));
			boolean listed = !links.isEmpty();
			if (user.role() == Role.ADMIN) {
				links.add(new HomeLink("Keep the list of spaces", "/admin/spaces"));
			}
			if (user.role().compareTo(Role.STAFF) >= 0) {
				links.add(new HomeLink("Post an announcement", "/staff/announcements"));
			}
			if (!links.isEmpty()) {
				cards.add(new HomeCard(12, "Where we meet",
						listed ? "The organisation's channels, forum sections and meeting links for you."
								: "No shared spaces are listed yet.",
						links));
			}
			return cards;
		};
	}

}
