package org.hearth.notifications;

import java.util.List;

import org.hearth.people.Role;
import org.hearth.site.HomeContribution;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notification settings, and the warning on staff's home page when e-mail is not
 * getting out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationsConfiguration {

	@Bean
	HomeContribution notificationsOnHome(MailOutbox outbox) {
		return user -> {
			if (user.role().compareTo(Role.STAFF) < 0) {
				return List.of();
			}
			int stuck = outbox.stuck();
			if (stuck == 0) {
				return List.of();
			}
			return List.of(new HomeCard(1, "E-mail is not getting through",
					stuck + (stuck == 1 ? " e-mail has" : " e-mails have")
							+ " failed again and again. Check the mail server; people may be missing alerts.",
					List.of(new HomeLink("E-mails waiting", "/staff/notifications/outbox"))));
		};
	}

}
