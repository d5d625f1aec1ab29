package org.hearth.onboarding;

import java.util.ArrayList;
import java.util.List;

import org.hearth.shared.RequestAuthorizations;
import org.hearth.people.Role;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach onboarding's pages and endpoints, and what the home page offers about
 * applying.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingAccess {

	@Bean
	RequestAuthorizations onboardingAuthorizations() {
		// A provider signs its deliveries instead of signing in; the signature is checked
		// in BackgroundChecks.
		return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/background-checks/webhook").permitAll();
	}

	@Bean
	HomeContribution onboardingOnHome(Onboarding onboarding) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			if (user.role() == Role.APPLICANT || !onboarding.of(user.id()).isEmpty()) {
				long open = onboarding.of(user.id()).stream().filter(a -> a.status().open()).count();
				cards.add(new HomeCard(20, "Your applications",
						open == 0 ? "Find a role that fits you and apply."
								: open + " application(s) under way. See what's left before you start.",
						List.of(new HomeLink("Apply or see your applications", "/apply"))));
			}
			if (user.role().compareTo(Role.STAFF) >= 0) {
				cards.add(new HomeCard(15, "Onboarding", onboarding.openCount() + " open application(s).",
						List.of(new HomeLink("Applications", "/staff/applications"),
								new HomeLink("Courses", "/staff/courses"),
								new HomeLink("Expiries and renewals", "/staff/expiries"))));
			}
			return cards;
		};
	}

}
