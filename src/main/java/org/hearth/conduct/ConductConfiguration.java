package org.hearth.conduct;

import java.util.ArrayList;
import java.util.List;

import org.hearth.shared.RequestAuthorizations;
import org.hearth.people.Role;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the desk's pages and endpoints, its settings, and what it puts on each
 * home page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConductSettings.class)
class ConductConfiguration {

	/**
	 * Reports are for everyone signed in; decisions and feedback for volunteers; the
	 * staff desk and the lead's debriefs fall under the general {@code /staff/**} and
	 * {@code /lead/**} rules. The link in a decision's e-mail to a volunteer who cannot
	 * sign in (suspended or removed) opens without signing in: its token is the
	 * authority, for that one decision, once.
	 */
	@Bean
	RequestAuthorizations conductAuthorizations() {
		return rules -> rules.requestMatchers("/conduct/replies/*")
			.permitAll()
			.requestMatchers("/conduct/reports/**", "/api/v1/conduct/reports/**")
			.authenticated()
			.requestMatchers("/conduct/my/**", "/conduct/decisions/**", "/conduct/feedback/**",
					"/api/v1/conduct/decisions/**", "/api/v1/conduct/feedback/**")
			.hasRole("VOLUNTEER");
	}

	@Bean
	HomeContribution conductOnHome(ConductDesk desk, Debriefs debriefs) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			var links = new ArrayList<HomeLink>();
			links.add(new HomeLink("Report a situation", "/conduct/reports/new"));
			links.add(new HomeLink("Your reports", "/conduct/reports"));
			if (user.role().compareTo(Role.VOLUNTEER) >= 0) {
				links.add(new HomeLink("Ask your lead for a debrief",
						"/conduct/reports/new?category=EMOTIONAL_DISTRESS"));
				links.add(new HomeLink("Decisions and feedback for you", "/conduct/my"));
			}
			cards.add(new HomeCard(40, "Safety and support",
					"Tell us about a situation that worried you, or ask for a debrief after a hard conversation.",
					links));
			if (user.role().compareTo(Role.LEAD) >= 0) {
				long waiting = debriefs.visibleTo(user)
					.stream()
					.filter(d -> d.status() == DebriefRequest.Status.REQUESTED)
					.count();
				cards.add(new HomeCard(20, "Debriefs and feedback",
						waiting + (waiting == 1 ? " debrief waits" : " debriefs wait") + " to be held.",
						List.of(new HomeLink("Debriefs", "/lead/conduct/debriefs"),
								new HomeLink("Give feedback", "/lead/conduct/feedback/new"),
								new HomeLink("Feedback given", "/lead/conduct/feedback"))));
			}
			if (user.role().compareTo(Role.STAFF) >= 0) {
				ConductDesk.CaseCount open = desk.openCount();
				cards
					.add(new HomeCard(5, "Conduct desk", open.open() + " open cases, " + open.critical() + " critical.",
							List.of(new HomeLink("Open the queue", "/staff/conduct"))));
			}
			return cards;
		};
	}

}
