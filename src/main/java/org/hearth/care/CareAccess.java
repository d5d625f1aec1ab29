package org.hearth.care;

import java.util.ArrayList;
import java.util.List;

import org.hearth.people.Role;
import org.hearth.people.TokenScope;
import org.hearth.shared.RequestAuthorizations;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach care's pages and endpoints, and care's cards on the home page: the
 * escalations waiting and the volunteers waiting for someone to reach out stay on the
 * staff home page (the volunteers on their lead's too) until someone has.
 */
@Configuration(proxyBeanMethods = false)
class CareAccess {

	@Bean
	RequestAuthorizations careAuthorizations() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/crisis-resources")
			.hasRole("APPLICANT")
			// The bot that screens a platform's messages also carries the replies to its
			// members, with the same integration token and nothing more.
			.requestMatchers(HttpMethod.GET, "/api/v1/care/outbox")
			.hasAnyAuthority(Role.STAFF.authority(), TokenScope.SCREENING_AUTHORITY)
			.requestMatchers(HttpMethod.POST, "/api/v1/care/outbox/*/sent")
			.hasAnyAuthority(Role.STAFF.authority(), TokenScope.SCREENING_AUTHORITY)
			// Past this door, only the people on the escalation's ladder act on it.
			.requestMatchers(HttpMethod.POST, "/api/v1/care/escalations/*/acknowledge",
					"/api/v1/care/escalations/*/outcome")
			.hasRole("LEAD")
			// Past this door, a facilitator or lead reads only the escalations that are
			// theirs to see; the rest are not found.
			.requestMatchers(HttpMethod.GET, "/api/v1/care/escalations/*")
			.hasRole("LEAD")
			.requestMatchers("/api/v1/care/rota", "/api/v1/care/rota/**")
			.hasRole("LEAD")
			.requestMatchers("/api/v1/care/**")
			.hasRole("STAFF")
			.requestMatchers("/care/escalations/**", "/care/rota/**", "/care/distress/**", "/care/distress")
			.hasRole("LEAD")
			.requestMatchers("/care/concerns/**")
			.hasRole("VOLUNTEER")
			.requestMatchers("/care/support")
			.hasRole("APPLICANT");
	}

	@Bean
	HomeContribution careOnHome(VolunteersInDistress distress, Escalations escalations) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			if (user.role().compareTo(Role.STAFF) >= 0) {
				var waiting = distress.waiting();
				var links = new ArrayList<HomeLink>();
				waiting.forEach(alert -> links.add(new HomeLink("Reach out to " + alert.volunteerName(),
						"/staff/care/distress#distress-" + alert.id())));
				var open = escalations.waiting();
				if (open.total() > 0) {
					cards.add(new HomeCard(0, "Escalations waiting (" + open.total() + ")",
							waitingWords(open) + " A member may be in danger: make sure each has someone, and that "
									+ "what was done is recorded.",
							List.of(new HomeLink("Escalations waiting (" + open.total() + ")", "/care/escalations"))));
				}
				links.add(new HomeLink(open.total() == 0 ? "Escalations (none waiting)" : "Escalations",
						"/care/escalations"));
				links.add(new HomeLink("Volunteers who may be struggling", "/staff/care/distress"));
				if (user.role() == Role.ADMIN) {
					links.add(new HomeLink("Crisis resources", "/admin/care/resources"));
				}
				cards.add(new HomeCard(1,
						waiting.isEmpty() ? "Care" : "Volunteers who may be struggling (" + waiting.size() + ")",
						waiting.isEmpty() ? "No volunteer is waiting for someone to reach out."
								: "Reach out to each, and record that you did.",
						links));
			}
			else if (user.role() == Role.LEAD) {
				var mine = escalations.waitingFor(user.id());
				if (!mine.isEmpty()) {
					var links = new ArrayList<HomeLink>();
					mine.shown()
						.forEach(e -> links.add(new HomeLink("#" + e.reference() + " · " + e.member() + " · "
								+ (e.status() == Escalation.Status.OPEN ? "waiting for someone to say they have it"
										: "you have it; record what was done")
								+ (e.severity() == org.hearth.screening.Severity.CRITICAL ? " · critical" : ""),
								"/care/escalations/" + e.id())));
					if (mine.total() > mine.shown().size()) {
						links.add(new HomeLink("All " + mine.total() + " escalations waiting (" + mine.shown().size()
								+ " shown here, critical first)", "/care/escalations"));
					}
					cards.add(new HomeCard(0, "Escalations waiting for you (" + mine.total() + ")",
							"A member may be in danger. Open each, say you have it, reach out, and record what was "
									+ "done.",
							links));
				}
				cards.add(
						new HomeCard(2, "On duty", "Your hours on duty, and alerts about members who may be in danger.",
								List.of(new HomeLink("Escalations", "/care/escalations"),
										new HomeLink("My hours on duty", "/care/rota"))));
				var waiting = distress.ofLead(user.id()).stream().filter(DistressAlert::open).toList();
				if (!waiting.isEmpty()) {
					var links = new ArrayList<HomeLink>();
					waiting.forEach(alert -> links.add(new HomeLink("Reach out to " + alert.volunteerName(),
							"/care/distress#distress-" + alert.id())));
					cards.add(new HomeCard(1, "Your volunteers who may be struggling (" + waiting.size() + ")",
							"Reach out to each, gently, and record that you did.", links));
				}
			}
			if (user.role().compareTo(Role.VOLUNTEER) >= 0 && user.role().compareTo(Role.STAFF) < 0) {
				cards.add(new HomeCard(3, "A member may be in danger?",
						"Tell the people on duty at once; they will reach out with crisis resources.",
						List.of(new HomeLink("This person may be in danger", "/care/concerns/new"))));
			}
			if (distress.waitingFor(user.id())) {
				cards.add(new HomeCard(0, "We're here for you",
						"If things are hard right now, these lines are there for you at any hour.",
						List.of(new HomeLink("Crisis lines for you", "/care/support"))));
			}
			return cards;
		};
	}

	/**
	 * "2 wait for someone to say they have it; 1 is acknowledged and waiting for what was
	 * done to be recorded."
	 */
	static String waitingWords(Escalations.Waiting open) {
		var parts = new ArrayList<String>();
		if (open.unacknowledged() > 0) {
			parts.add(open.unacknowledged() + (open.unacknowledged() == 1 ? " waits" : " wait")
					+ " for someone to say they have it");
		}
		if (open.withoutOutcome() > 0) {
			parts.add(open.withoutOutcome() + (open.withoutOutcome() == 1 ? " is" : " are")
					+ " acknowledged and waiting for what was done to be recorded");
		}
		String words = String.join("; ", parts) + ".";
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
