package org.hearth.volunteering;

import org.hearth.people.Access;
import org.hearth.people.AccessChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A permanent removal ends every enrolment of the person. */
@Component
class RemovalListener {

	private final Enrolments enrolments;

	RemovalListener(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@ApplicationModuleListener
	void on(AccessChanged event) {
		if (event.to() == Access.REMOVED) {
			enrolments.removeEverywhere(event.person(),
					event.reason() == null ? "Access removed permanently" : event.reason());
		}
	}

}
