package org.hearth.gatherings;

import java.time.Instant;
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
 * Who may reach the pages and endpoints of trainings and lead meetings (the rest is
 * checked by {@link Gatherings} for each one), and what the home page says: the ones
 * waiting for an answer, and the next one offered to someone who missed the last.
 */
@Configuration(proxyBeanMethods = false)
class GatheringsAccess {

	@Bean
	RequestAuthorizations gatheringAuthorizations() {
		return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/gatherings")
			.hasRole("STAFF")
			.requestMatchers("/api/v1/gatherings", "/api/v1/gatherings/**", "/gatherings", "/gatherings/**")
			.hasRole("APPLICANT");
	}

	@Bean
	HomeContribution gatheringsOnHome(Gatherings gatherings) {
		return user -> {
			Instant now = gatherings.now();
			List<Gathering> upcoming = gatherings.of(user.id()).stream().filter(g -> g.upcoming(now)).toList();
			boolean staff = user.role().compareTo(Role.STAFF) >= 0;
			if (upcoming.isEmpty() && !staff && user.role().compareTo(Role.VOLUNTEER) < 0) {
				return List.of();
			}
			var links = new ArrayList<HomeLink>();
			int unanswered = 0;
			for (Gathering gathering : upcoming) {
				Invitation mine = gathering.invitationOf(user.id()).orElse(null);
				if (mine == null) {
					continue;
				}
				String href = "/gatherings/" + gathering.id();
				if (mine.offeredAfter() != null && mine.answer() == null) {
					links.add(new HomeLink("We missed you last time: join the " + gathering.kind().noun() + " “"
							+ gathering.title() + "” on " + gathering.day(), href));
				}
				else if (mine.answer() == null && unanswered++ < 3) {
					links.add(new HomeLink("Will you come? " + gathering.named() + ", " + gathering.day(), href));
				}
			}
			links.add(new HomeLink("Your trainings and meetings", "/gatherings"));
			if (staff) {
				links.add(new HomeLink("Schedule a training or lead meeting", "/staff/gatherings/new"));
				links.add(new HomeLink("Every training and meeting", "/staff/gatherings"));
			}
			String text = upcoming.isEmpty() ? "Monthly trainings and lead meetings appear here once you're invited."
					: "Next: " + upcoming.get(0).named() + ", " + upcoming.get(0).when() + ".";
			return List.of(new HomeCard(23, "Trainings and meetings", text, links));
		};
	}

}
