package org.hearth.volunteering;

import java.util.ArrayList;
import java.util.List;

import org.hearth.people.Role;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the home page offers about service. Pages under {@code /lead/**} and
 * {@code /staff/**} already belong to their roles; a volunteer's own pages check that the
 * enrolment is theirs.
 */
@Configuration(proxyBeanMethods = false)
class VolunteeringAccess {

	@Bean
	HomeContribution volunteeringOnHome(Enrolments enrolments, ServiceLog serviceLog) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			List<Enrolment> mine = enrolments.ofVolunteer(user.id())
				.stream()
				.filter(e -> e.state().inService())
				.toList();
			if (!mine.isEmpty()) {
				Enrolment first = mine.get(0);
				cards.add(new HomeCard(20, "Your service",
						enrolments.roleName(first.role()) + ": " + first.state().label().toLowerCase()
								+ ". Your lead volunteer is " + enrolments.nameOf(first.lead()) + ".",
						List.of(new HomeLink("Log service, pause or resume", "/service"))));
			}
			if (user.role().compareTo(Role.LEAD) >= 0 && user.role().compareTo(Role.STAFF) < 0) {
				cards.add(new HomeCard(25, "Your volunteers",
						enrolments.ledBy(user.id()).size() + " volunteer(s) with you; "
								+ serviceLog.waitingFor(user).size() + " service entries to approve.",
						List.of(new HomeLink("Your volunteers", "/lead/volunteers"),
								new HomeLink("Away and cover", "/lead/away"))));
			}
			if (user.role().compareTo(Role.STAFF) >= 0) {
				cards.add(new HomeCard(16, "Volunteers in service", enrolments.inServiceCount() + " in service.",
						List.of(new HomeLink("Enrolments", "/staff/enrolments"),
								new HomeLink("Lead volunteers", "/staff/leads"),
								new HomeLink("Service to approve", "/lead/volunteers"))));
			}
			return cards;
		};
	}

}
