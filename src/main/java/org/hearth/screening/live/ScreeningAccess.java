package org.hearth.screening.live;

import java.util.List;

import org.hearth.shared.RequestAuthorizations;
import org.hearth.people.Role;
import org.hearth.people.TokenScope;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may screen through the API (staff, and integration tokens with the screening
 * scope), and the screening links on staff and admin home pages.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningAccess {

	@Bean
	RequestAuthorizations screeningAuthorizations() {
		return rules -> rules.requestMatchers("/api/v1/screenings/**")
			.hasAnyAuthority(Role.STAFF.authority(), TokenScope.SCREENING_AUTHORITY);
	}

	@Bean
	HomeContribution screeningOnHome() {
		return user -> {
			if (user.role().compareTo(Role.STAFF) < 0) {
				return List.of();
			}
			var links = new java.util.ArrayList<>(List.of(new HomeLink("Check a message", "/staff/screening")));
			if (user.role() == Role.ADMIN) {
				links.add(new HomeLink("Screening phrases", "/admin/screening"));
			}
			return List.of(new HomeCard(30, "Screening",
					"See what the screener finds in a message, and tune it to your community.", links));
		};
	}

}
