package org.hearth.onboarding;

import java.util.LinkedHashSet;

import org.hearth.people.Access;
import org.hearth.people.AccessChanged;
import org.hearth.people.PersonId;
import org.hearth.programs.PolicyVersionPublished;
import org.hearth.programs.ProgramCatalog;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.Enrolments;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acts on other modules' events: a permanent removal ends open applications; a new policy
 * version asks again.
 */
@Component
class OnboardingListeners {

	private final Onboarding onboarding;

	private final Enrolments enrolments;

	private final ProgramCatalog catalog;

	private final ApplicationEventPublisher events;

	OnboardingListeners(Onboarding onboarding, Enrolments enrolments, ProgramCatalog catalog,
			ApplicationEventPublisher events) {
		this.onboarding = onboarding;
		this.enrolments = enrolments;
		this.catalog = catalog;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AccessChanged event) {
		if (event.to() == Access.REMOVED) {
			onboarding.withdrawEverything(event.person(),
					event.reason() == null ? "removed permanently" : event.reason());
		}
	}

	@ApplicationModuleListener
	void on(PolicyVersionPublished event) {
		if (event.number() < 2) {
			return;
		}
		String title = catalog.policy(event.key()).map(policy -> policy.title()).orElse(event.key());
		var asked = new LinkedHashSet<PersonId>();
		for (Enrolment enrolment : enrolments.list(null)) {
			boolean requires = catalog.role(enrolment.role())
				.map(role -> role.requirements().policies().contains(event.key()))
				.orElse(false);
			if (requires && asked.add(enrolment.volunteer())) {
				events.publishEvent(
						new AcknowledgementRequested(enrolment.volunteer(), event.key(), title, event.number()));
			}
		}
	}

}
