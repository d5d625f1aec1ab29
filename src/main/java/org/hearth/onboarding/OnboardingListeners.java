package org.hearth.onboarding;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.hearth.people.Access;
import org.hearth.people.AccessChanged;
import org.hearth.people.PersonId;
import org.hearth.programs.PolicyVersionPublished;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.ServingRoles;
import org.hearth.volunteering.ServingRoles.RoleServed;

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

	private final ServingRoles serving;

	private final Programs catalog;

	private final Policies policies;

	private final ApplicationEventPublisher events;

	OnboardingListeners(Onboarding onboarding, ServingRoles serving, Programs catalog, Policies policies,
			ApplicationEventPublisher events) {
		this.onboarding = onboarding;
		this.serving = serving;
		this.catalog = catalog;
		this.policies = policies;
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
		String title = policies.policy(event.key()).map(policy -> policy.title()).orElse(event.key());
		var asked = new LinkedHashSet<PersonId>();
		// Roles are few and volunteers many: each role is read once, not once a
		// volunteer.
		Map<ProgramRoleId, Boolean> requiring = new HashMap<>();
		for (RoleServed enrolment : serving.servingNow()) {
			boolean requires = requiring.computeIfAbsent(enrolment.role(),
					id -> catalog.role(id)
						.map(role -> role.requirements().policies().contains(event.key()))
						.orElse(false));
			if (requires && asked.add(enrolment.volunteer())) {
				events.publishEvent(
						new AcknowledgementRequested(enrolment.volunteer(), event.key(), title, event.number()));
			}
		}
	}

}
