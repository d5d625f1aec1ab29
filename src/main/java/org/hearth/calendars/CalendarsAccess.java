package org.hearth.calendars;

import org.hearth.shared.RequestAuthorizations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * A feed is read by calendar apps that cannot sign in: its secret address alone opens it.
 * The page to make or replace the address is for signed-in people.
 */
@Configuration(proxyBeanMethods = false)
class CalendarsAccess {

	@Bean
	RequestAuthorizations calendarAuthorizations() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			.requestMatchers("/calendar", "/calendar/**")
			.hasRole("APPLICANT");
	}

}
