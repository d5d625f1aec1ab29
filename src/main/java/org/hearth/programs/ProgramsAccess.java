package org.hearth.programs;

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
 * Who may reach the setup pages and endpoints, and what the home page offers about
 * programs.
 */
@Configuration(proxyBeanMethods = false)
class ProgramsAccess {

	@Bean
	RequestAuthorizations programAuthorizations() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/programs/**", "/api/v1/policies/**")
			.authenticated()
			.requestMatchers("/api/v1/programs/**", "/api/v1/policies/**")
			.hasRole("ADMIN");
	}

	@Bean
	HomeContribution programsOnHome(Programs catalog, Policies policies) {
		return user -> {
			var links = new ArrayList<>(List.of(new HomeLink("See the programs", "/programs"),
					new HomeLink("Read our policies", "/policies")));
			if (user.role() == Role.ADMIN) {
				links.add(new HomeLink("Set up a program", "/admin/programs/new"));
				links.add(new HomeLink("Write a policy", "/admin/policies/new"));
			}
			return List.of(new HomeCard(50, "Programs and policies", catalog.programs().size() + " programs and "
					+ policies.policies().size() + " policy documents make up the organisation.", links));
		};
	}

}
