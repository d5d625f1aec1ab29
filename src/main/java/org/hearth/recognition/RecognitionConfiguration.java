package org.hearth.recognition;

import java.util.ArrayList;
import java.util.List;

import org.hearth.people.Role;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the home page shows of recognition: a volunteer's latest milestone, a lead's
 * milestones waiting for a note, and staff's month of milestones.
 */
@Configuration(proxyBeanMethods = false)
class RecognitionConfiguration {

	@Bean
	HomeContribution recognitionOnHome(Recognition recognition) {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			var mine = recognition.mine(user);
			if (!mine.isEmpty()) {
				var latest = mine.get(0);
				cards.add(new HomeCard(22, "Your milestones", latest.title() + " on " + latest.reachedOn()
						+ (latest.note() != null ? ", with a note from " + latest.noteBy() + "." : ".") + " Thank you.",
						List.of(new HomeLink("Your milestones", "/recognition"))));
			}
			if (user.role() == Role.LEAD) {
				long waiting = recognition.ofLedBy(user).stream().filter(m -> m.note() == null).count();
				if (waiting > 0) {
					cards.add(new HomeCard(27, "Milestones to recognise",
							waiting + (waiting == 1 ? " milestone of your volunteers waits"
									: " milestones of your " + "volunteers wait") + " for a note from you.",
							List.of(new HomeLink("Write a note", "/lead/recognition"))));
				}
			}
			if (user.role().compareTo(Role.STAFF) >= 0) {
				cards.add(new HomeCard(28, "Recognition",
						"Who reached what this month: first months, hours " + "served and commitments fulfilled.",
						List.of(new HomeLink("Milestones", "/staff/recognition"))));
			}
			return cards;
		};
	}

}
