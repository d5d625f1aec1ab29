package org.hearth.checkins;

import java.util.ArrayList;
import java.util.List;

import org.hearth.people.Role;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thresholds of the rhythm, and what the home page offers: a volunteer's weekly
 * check-in, and a lead's (or staff's) page of their volunteers' check-ins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckInSettings.class)
class CheckInsConfiguration {

	@Bean
	HomeContribution checkInsOnHome(CheckIns checkIns) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			if (checkIns.checksIn(user.id())) {
				boolean done = checkIns.of(user.id(), checkIns.thisWeek()).isPresent();
				cards.add(new HomeCard(21, "Your weekly check-in",
						done ? "You've checked in this week. Thank you."
								: "How are you this week? A few words is enough.",
						List.of(new HomeLink(done ? "Your check-ins and load" : "Check in", "/checkins"))));
			}
			if (user.role().compareTo(Role.LEAD) >= 0) {
				cards.add(new HomeCard(26, "Check-ins",
						user.role().compareTo(Role.STAFF) >= 0 ? "Every volunteer's weekly check-ins and alerts."
								: "Your volunteers' weekly check-ins, well-being and hours.",
						List.of(new HomeLink("Check-ins", "/lead/checkins"))));
			}
			return cards;
		};
	}

}
